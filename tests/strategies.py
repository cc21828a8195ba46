"""One hypothesis strategy per model class, drawing from small pools so that values collide.

Collisions matter: queries and merging are only interesting when meetings
share leaders, countries, places and days.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from diplomacy_events import (
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
    ParseResult,
    Participant,
    Place,
    Precision,
    Report,
    Role,
    Source,
    SourceKind,
    Status,
    Summit,
)

#: Invented people: (leader id, name, country code).
PEOPLE = (
    ("ana-ruiz", "Ana Ruiz", "ESP"),
    ("joao-lima", "João Lima", "PRT"),
    ("emre-kaya", "Emre Kaya", "TUR"),
    ("oleg-orlov", "Oleg Orlov", "RUS"),
    ("aino-virtanen", "Aino Virtanen", "FIN"),
    ("kofi-mensah", "Kofi Mensah", "GHA"),
)
CITIES = {
    "ESP": "Sevilla",
    "PRT": "Porto",
    "TUR": "İzmir",
    "RUS": "Kazan",
    "FIN": "Oulu",
    "GHA": "Kumasi",
}
SUMMIT_NAMES = ("Harbour summit", "G7 summit", "Lakeside forum")

FIRST_DAY, LAST_DAY = dt.date(2015, 1, 1), dt.date(2016, 12, 31)

#: Short non-blank strings with accents, quotes, non-Latin letters and an emoji.
text = st.text(st.sampled_from('aZé ’ЖŁ-😀"\\'), min_size=1, max_size=8).filter(str.strip)
days = st.dates(FIRST_DAY, LAST_DAY)


def countries() -> st.SearchStrategy[Country]:
    return st.sampled_from(sorted(CITIES)).map(lambda code: Country(code=code))


def _span(first: dt.date, length: int, precision: Precision) -> DateSpan:
    return DateSpan(start=first, end=first + dt.timedelta(days=length), precision=precision)


def date_spans() -> st.SearchStrategy[DateSpan]:
    """Single days (often), weeks, months, years and odd spans, all inside 2015-2016."""
    return st.one_of(
        days.map(DateSpan.from_date),
        days.map(DateSpan.from_date),
        days.map(DateSpan.from_week),
        days.map(lambda d: DateSpan.from_month(d.year, d.month)),
        days.map(lambda d: DateSpan.from_year(d.year)),
        st.builds(_span, days, st.integers(0, 40), st.sampled_from(Precision)),
    )


def offices() -> st.SearchStrategy[Office]:
    return st.builds(
        lambda country, role, head, start, length, leads, acting: Office(
            country=country,
            role=role,
            head=head,
            start=start,
            end=None if length is None else start + dt.timedelta(days=length),
            leads=leads,
            acting=acting,
        ),
        countries(),
        st.sampled_from(Role),
        st.sampled_from(Head),
        days,
        st.none() | st.integers(0, 3000),
        st.booleans(),
        st.booleans(),
    )


def leaders() -> st.SearchStrategy[Leader]:
    return st.builds(
        lambda person, aliases, offices: Leader(
            id=person[0],
            name=person[1],
            family=person[1].split()[-1],
            aliases=aliases,
            offices=offices,
        ),
        st.sampled_from(PEOPLE),
        st.lists(text, max_size=2).map(tuple),
        st.lists(offices(), max_size=2).map(tuple),
    )


def places() -> st.SearchStrategy[Place]:
    return countries().flatmap(
        lambda country: st.builds(Place, country=st.just(country), city=st.sampled_from([None, CITIES[country.code]]))
    )


def evidence() -> st.SearchStrategy[Evidence]:
    return st.builds(
        lambda words, start: Evidence(text=words, start=start, end=start + len(words)),
        st.sampled_from(["They met.", "Talks were held.", "The two spoke by phone.", "A visit followed."]),
        st.integers(0, 50),
    )


def explanations(participants: int = 2) -> st.SearchStrategy[Explanation]:
    """Explanations of a record with ``participants`` participants."""
    identified = st.builds(
        Identified,
        how=st.sampled_from(Identification),
        mention=st.none() | evidence(),
        antecedent=st.none() | evidence(),
    )
    return st.builds(
        Explanation,
        rules=st.lists(st.sampled_from(["subject.before", "build.meeting", "date.own-time"]), max_size=3).map(tuple),
        trigger=st.none() | evidence(),
        time=st.none() | evidence(),
        dated_by=st.sampled_from([None, "date.own-time", "date.summit"]),
        anchor=st.none() | days,
        participants=st.lists(identified, min_size=participants, max_size=participants).map(tuple),
    )


def sources() -> st.SearchStrategy[Source]:
    return st.builds(
        Source,
        id=st.sampled_from([None, "doc-1", "ledger/2016-03-08#4"]),
        outlet=st.sampled_from([None, "Daily Ledger", "Wire Service"]),
        title=st.none() | text,
        url=st.sampled_from([None, "https://example.org/a", "https://example.org/b"]),
        published=st.none() | days,
        authors=st.lists(text, max_size=2).map(tuple),
        kind=st.sampled_from(SourceKind),
        cited=st.lists(text, max_size=2).map(tuple),
    )


def participants(people: int = len(PEOPLE)) -> st.SearchStrategy[Participant]:
    """One of the first ``people`` persons: resolved, unresolved (name only), or an unnamed head."""
    return st.sampled_from(PEOPLE[:people]).flatmap(
        lambda person: st.one_of(
            st.builds(
                Participant,
                name=st.just(person[1]),
                country=st.just(Country(code=person[2])),
                role=st.sampled_from([None, Role.PRESIDENT, Role.PRIME_MINISTER]),
                leader_id=st.just(person[0]),
                mention=st.sampled_from(["", person[1].split()[-1]]),
            ),
            st.just(Participant(name=person[1], country=Country(code=person[2]))),
            st.just(Participant(country=Country(code=person[2]), role=Role.PRESIDENT)),
        )
    )


def reports(*, evidence_required: bool = True) -> st.SearchStrategy[Report]:
    """Other sources' accounts; a summit's may lack evidence, a meeting's may not."""
    return st.builds(
        Report,
        evidence=evidence() if evidence_required else st.none() | evidence(),
        source=st.none() | sources(),
        date=st.none() | date_spans(),
        place=st.none() | places(),
    )


def _distinct(people: list[Participant]) -> bool:
    return len({p.key for p in people}) >= 2


def meetings(
    *,
    also_reported: bool = True,
    people: int = len(PEOPLE),
    dates: st.SearchStrategy[DateSpan | None] | None = None,
) -> st.SearchStrategy[Meeting]:
    """Meetings of two or three of the first ``people`` persons; visits may get a host country."""
    return st.builds(
        lambda people, kind, status, ev, host, date, place, summit, source, confidence, others, why: Meeting(
            participants=tuple(people),
            kind=kind,
            status=status,
            evidence=ev,
            host=host if kind is MeetingKind.VISIT else None,
            date=date,
            place=place,
            summit=summit,
            source=source,
            confidence=confidence,
            also_reported=others,
            explanation=why,
        ),
        st.lists(participants(people), min_size=2, max_size=3).filter(_distinct),
        st.sampled_from(MeetingKind),
        st.sampled_from(Status),
        evidence(),
        st.none() | countries(),
        st.none() | date_spans() if dates is None else dates,
        st.none() | places(),
        st.sampled_from([None, *SUMMIT_NAMES]),
        st.none() | sources(),
        st.sampled_from([1.0, 0.5, 0.75]),
        st.lists(reports(), max_size=2).map(tuple) if also_reported else st.just(()),
        st.none() | explanations(),
    )


def summits(*, also_reported: bool = True) -> st.SearchStrategy[Summit]:
    return st.builds(
        Summit,
        name=st.sampled_from(SUMMIT_NAMES),
        status=st.sampled_from(Status),
        organization=st.sampled_from([None, "G7", "Harbour Group"]),
        place=st.none() | places(),
        date=st.none() | date_spans(),
        participants=st.lists(participants(), max_size=3).map(tuple),
        evidence=st.none() | evidence(),
        source=st.none() | sources(),
        also_reported=st.lists(reports(evidence_required=False), max_size=2).map(tuple)
        if also_reported
        else st.just(()),
        explanation=st.none() | explanations(0),
    )


def parse_results() -> st.SearchStrategy[ParseResult]:
    return st.builds(
        ParseResult,
        source=sources(),
        text=st.text(max_size=30),
        leaders=st.lists(participants(), max_size=3).map(tuple),
        meetings=st.lists(meetings(), max_size=3).map(tuple),
        summits=st.lists(summits(), max_size=2).map(tuple),
        warnings=st.lists(text, max_size=2).map(tuple),
    )
