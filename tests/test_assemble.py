"""Tests of stage 6, :mod:`diplomacy_events.assemble`: people and dates on the event's day, hosts, summits, folding.

The :class:`Assembler` is driven with candidates read from one sentence
(through the earlier stages), so each row states what the sentence says and
what the resolved meeting must be. Folding is tested on hand-built
meetings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events import Identification, default_knowledge, parse
from diplomacy_events.assemble import Assembler, Spans, _bare_titles, fold_meetings, fold_summits
from diplomacy_events.dating import Calendar
from diplomacy_events.events import find_events, find_summits, sentence_status, trigger_matcher
from diplomacy_events.lexicon import default_lexicon
from diplomacy_events.mentions import Gazetteer, Mention, MentionKind, link_pronouns
from diplomacy_events.model import (
    Country,
    DateSpan,
    Evidence,
    Meeting,
    MeetingKind,
    Participant,
    Place,
    Precision,
    Role,
    Source,
    Status,
    Summit,
)
from diplomacy_events.segment import tokenize
from diplomacy_events.timex import find_times
from tables import Row, meetings, rows


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.for_knowledge(default_knowledge())


def assemble(gazetteer: Gazetteer, sentence: str, anchor: dt.date | None) -> tuple[list[Meeting], Assembler]:
    """The meetings the assembler makes of one sentence's candidates, and the assembler (for its warnings)."""
    words = default_lexicon()
    tokens = tokenize(sentence)
    [mentions] = link_pronouns([gazetteer.mentions(tokens, anchor)])
    times = find_times(tokens)
    summits = find_summits(tokens, mentions, times, words)
    assembler = Assembler(gazetteer=gazetteer, calendar=Calendar(anchor=anchor), source=Source(published=anchor))
    evidence = Evidence(text=sentence, start=0, end=len(sentence))
    for summit in summits:
        assembler.summit(summit, sentence_status(tokens, words), evidence)
    meetings = [
        meeting
        for candidate in find_events(tokens, mentions, times, summits, trigger_matcher(words), words)
        if (meeting := assembler.meeting(candidate, evidence)) is not None
    ]
    return meetings, assembler


def one(gazetteer: Gazetteer, sentence: str, anchor: dt.date | None) -> Meeting:
    meetings, _ = assemble(gazetteer, sentence, anchor)
    assert len(meetings) == 1, meetings
    return meetings[0]


def ids(meeting: Meeting) -> list[str | None]:
    return [p.leader_id for p in meeting.participants]


# -- people on the event's day ---------------------------------------------------------

#: (id, sentence, publication date, leader ids): offices, descriptions and metonyms resolved on the event's day.
PEOPLE = [
    (
        "presidents-2017",
        "The Turkish president met the Iranian president in Tehran on Monday.",
        dt.date(2017, 10, 6),
        ["recep-tayyip-erdogan", "hassan-rouhani"],
    ),
    (
        "turkish-president-2012",
        "The Turkish president met the Iranian president in Tehran on Monday.",
        dt.date(2012, 3, 28),
        ["abdullah-gul", "mahmoud-ahmadinejad"],
    ),
    (
        "event-date-not-publication-date",
        "Obama met Putin in September 2015.",
        dt.date(2017, 11, 23),
        ["barack-obama", "vladimir-putin"],
    ),
    (
        "white-house-2015",
        "Erdogan called the White House on Tuesday.",
        dt.date(2015, 11, 20),
        ["recep-tayyip-erdogan", "barack-obama"],
    ),
    (
        "white-house-2018",
        "Erdogan called the White House on Tuesday.",
        dt.date(2018, 11, 20),
        ["recep-tayyip-erdogan", "donald-trump"],
    ),
    (
        "kremlin-leader",
        "The Kremlin leader met Erdogan on Wednesday.",
        dt.date(2017, 11, 23),
        ["vladimir-putin", "recep-tayyip-erdogan"],
    ),
    (
        "russian-president-2010",
        "The Russian president met Obama in Prague in April 2010.",
        dt.date(2010, 5, 1),
        ["dmitry-medvedev", "barack-obama"],
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "leaders"), [r[1:] for r in PEOPLE], ids=[r[0] for r in PEOPLE])
def test_people_on_the_events_day(gazetteer: Gazetteer, sentence: str, anchor: dt.date, leaders: list[str]) -> None:
    assert ids(one(gazetteer, sentence, anchor)) == leaders


def test_participants_keep_the_words_of_the_text(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin spoke by phone with his Turkish counterpart on Tuesday.", dt.date(2017, 11, 23))
    assert [p.mention for p in meeting.participants] == ["Putin", "his Turkish counterpart"]
    assert [p.country for p in meeting.participants] == [Country(code="RUS"), Country(code="TUR")]


def test_a_bare_common_family_name_is_no_participant(gazetteer: Gazetteer) -> None:
    meetings, _ = assemble(gazetteer, "Kim met Trump in Singapore on June 12.", dt.date(2018, 6, 20))
    assert meetings == []


# -- kind, host, place ------------------------------------------------------------------

THURSDAY = dt.date(2017, 11, 23)

#: (id, sentence, kind, host, place): a visit's host country is the receiving one.
HOSTS = [
    (
        "hosted",
        "Putin hosted Assad in Sochi on Monday.",
        MeetingKind.VISIT,
        "RUS",
        Place(country=Country(code="RUS"), city="Sochi"),
    ),
    (
        "received-no-place",
        "King Salman received Sisi on Tuesday.",
        MeetingKind.VISIT,
        "SAU",
        Place(country=Country(code="SAU")),
    ),
    (
        "implicit-host",
        "Rouhani visited Turkey this month.",
        MeetingKind.VISIT,
        "TUR",
        Place(country=Country(code="TUR")),
    ),
    (
        "talks-in-one-sides-city",
        "Putin met Erdogan in Ankara yesterday.",
        MeetingKind.VISIT,
        "TUR",
        Place(country=Country(code="TUR"), city="Ankara"),
    ),
    (
        "third-country",
        "Trump met Putin in Helsinki on Monday.",
        MeetingKind.MEETING,
        None,
        Place(country=Country(code="FIN"), city="Helsinki"),
    ),
    ("call-has-no-place", "Putin spoke by phone with Trump from Sochi on Tuesday.", MeetingKind.CALL, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "host", "place"), [r[1:] for r in HOSTS], ids=[r[0] for r in HOSTS])
def test_kind_host_and_place(
    gazetteer: Gazetteer, sentence: str, kind: MeetingKind, host: str | None, place: Place | None
) -> None:
    meeting = one(gazetteer, sentence, THURSDAY)
    assert meeting.kind is kind
    assert (meeting.host.code if meeting.host else None) == host
    assert meeting.place == place


def test_implicit_host_lowers_confidence(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Xi visited Vietnam on Sunday.", dt.date(2017, 11, 13))
    assert ids(meeting) == ["xi-jinping", "nguyen-xuan-phuc"]
    assert meeting.confidence < 1.0


def test_three_leaders_make_a_summit(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin held a mini-summit with Erdogan and Rouhani in Sochi yesterday.", THURSDAY)
    assert meeting.kind is MeetingKind.SUMMIT
    assert ids(meeting) == ["vladimir-putin", "recep-tayyip-erdogan", "hassan-rouhani"]
    assert meeting.summit == "mini-summit"


# -- dates and status -------------------------------------------------------------------


def test_a_date_after_publication_makes_a_plan(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin meets Erdogan on November 30, 2017.", THURSDAY)
    assert meeting.status is Status.PLANNED
    assert meeting.date == DateSpan.from_date(dt.date(2017, 11, 30))


def test_present_tense_with_a_coming_date_is_a_plan(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin meets Erdogan on November 30.", THURSDAY)
    assert (meeting.status, meeting.date) == (Status.PLANNED, DateSpan.from_date(dt.date(2017, 11, 30)))


def test_planned_weekday_points_ahead(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin will host Erdogan on Monday.", THURSDAY)
    assert (meeting.status, meeting.date) == (Status.PLANNED, DateSpan.from_date(dt.date(2017, 11, 27)))


def test_no_anchor_leaves_relative_dates_unresolved_with_a_warning(gazetteer: Gazetteer) -> None:
    _, assembler = assemble(gazetteer, "Putin met Erdogan in Sochi on Monday.", None)
    assert any("no publication date" in w for w in assembler.warnings)


def test_no_anchor_still_resolves_absolute_dates(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin met Erdogan in Sochi on November 13, 2017.", None)
    assert meeting.date == DateSpan.from_date(dt.date(2017, 11, 13))
    assert ids(meeting) == ["vladimir-putin", "recep-tayyip-erdogan"]


def test_no_anchor_keeps_the_meeting_undated(gazetteer: Gazetteer) -> None:
    meeting = one(gazetteer, "Putin met Erdogan in Sochi on Monday.", None)
    assert meeting.date is None
    assert ids(meeting) == ["vladimir-putin", "recep-tayyip-erdogan"]


def test_the_warning_names_the_expression(gazetteer: Gazetteer) -> None:
    _, assembler = assemble(gazetteer, "Putin met Erdogan in Sochi on Monday.", None)
    assert assembler.warnings == ["relative date 'Monday' left unresolved: no publication date"]


# -- summits ------------------------------------------------------------------------------

#: (id, sentence, publication date, organization, (start, end), place): summit dates from the knowledge base.
SUMMITS = [
    (
        "g20-in-turkey",
        "Obama met Putin on the sidelines of the Group of 20 summit in Turkey.",
        dt.date(2015, 11, 20),
        "G20",
        (dt.date(2015, 11, 15), dt.date(2015, 11, 16)),
        Place(country=Country(code="TUR"), city="Antalya"),
    ),
    (
        "sco-in-astana",
        "Xi and Putin met on the sidelines of the SCO summit in Astana.",
        dt.date(2017, 6, 12),
        "SCO",
        (dt.date(2017, 6, 8), dt.date(2017, 6, 9)),
        Place(country=Country(code="KAZ"), city="Astana"),
    ),
    (
        "apec-in-da-nang",
        "Trump met Putin on the sidelines of the APEC summit in Da Nang, Vietnam.",
        dt.date(2017, 11, 13),
        "APEC",
        (dt.date(2017, 11, 10), dt.date(2017, 11, 11)),
        Place(country=Country(code="VNM"), city="Da Nang"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "anchor", "organization", "dates", "place"), [r[1:] for r in SUMMITS], ids=[r[0] for r in SUMMITS]
)
def test_a_sidelines_meeting_takes_its_summits_dates(
    gazetteer: Gazetteer,
    sentence: str,
    anchor: dt.date,
    organization: str,
    dates: tuple[dt.date, dt.date],
    place: Place,
) -> None:
    meeting = one(gazetteer, sentence, anchor)
    assert meeting.summit == f"{organization} summit"
    assert meeting.date is not None and (meeting.date.start, meeting.date.end) == dates
    assert meeting.kind is MeetingKind.MEETING and meeting.host is None
    assert meeting.place is not None and meeting.place.country == place.country


def test_a_summit_is_dated_from_the_knowledge_base(gazetteer: Gazetteer) -> None:
    words = default_lexicon()
    sentence = "Obama met Putin on the sidelines of the Group of 20 summit in Turkey."
    tokens = tokenize(sentence)
    mentions = gazetteer.mentions(tokens, dt.date(2015, 11, 20))
    [mention] = find_summits(tokens, mentions, find_times(tokens), words)
    assembler = Assembler(gazetteer=gazetteer, calendar=Calendar(anchor=dt.date(2015, 11, 20)), source=Source())
    summit = assembler.summit(mention, None, Evidence(text=sentence, start=0, end=len(sentence)))
    assert summit is not None
    assert (summit.name, summit.organization, summit.status) == ("G20 summit", "G20", Status.OCCURRED)
    assert summit.date == DateSpan(start=dt.date(2015, 11, 15), end=dt.date(2015, 11, 16))
    assert summit.place == Place(country=Country(code="TUR"), city="Antalya")  # the venue the knowledge base knows


def test_a_summit_in_a_country_gets_the_records_city(gazetteer: Gazetteer) -> None:
    meeting = one(
        gazetteer, "Obama met Putin on the sidelines of the Group of 20 summit in Turkey.", dt.date(2015, 11, 20)
    )
    assert meeting.place == Place(country=Country(code="TUR"), city="Antalya")


def test_a_planned_summit_is_the_next_one(gazetteer: Gazetteer) -> None:
    meeting = one(
        gazetteer, "Modi and Xi are expected to meet at the BRICS summit in Kazan in October.", dt.date(2024, 8, 1)
    )
    assert meeting.status is Status.PLANNED and meeting.summit == "BRICS summit"
    assert meeting.date is not None and meeting.date.start.year == 2024 and meeting.date.start.month == 10
    assert meeting.place == Place(country=Country(code="RUS"), city="Kazan")


# -- folding -------------------------------------------------------------------------------

PUTIN = Participant(name="Vladimir Putin", country=Country(code="RUS"), leader_id="vladimir-putin")
ERDOGAN = Participant(name="Recep Tayyip Erdogan", country=Country(code="TUR"), leader_id="recep-tayyip-erdogan")
ASSAD = Participant(name="Bashar al-Assad", country=Country(code="SYR"), leader_id="bashar-al-assad")
EVIDENCE = Evidence(text="x", start=0, end=1)
MONDAY = DateSpan.from_date(dt.date(2017, 11, 20))
WEEK = DateSpan.from_week(dt.date(2017, 11, 20))


def meeting(*people: Participant, **changes: Any) -> Meeting:
    base = Meeting(participants=people, kind=MeetingKind.MEETING, status=Status.OCCURRED, evidence=EVIDENCE)
    return attrs.evolve(base, **changes)


def test_two_reports_of_one_meeting_fold_keeping_the_precise_date() -> None:
    [folded] = fold_meetings([meeting(PUTIN, ERDOGAN, date=WEEK), meeting(ERDOGAN, PUTIN, date=MONDAY)])
    assert folded.date == MONDAY


def test_folding_keeps_a_visits_host() -> None:
    visit = meeting(PUTIN, ERDOGAN, kind=MeetingKind.VISIT, host=Country(code="RUS"))
    [folded] = fold_meetings([meeting(PUTIN, ERDOGAN, date=MONDAY), visit])
    assert (folded.kind, folded.host, folded.date) == (MeetingKind.VISIT, Country(code="RUS"), MONDAY)


#: (id, second meeting): reports that are different meetings from a Monday meeting of Putin and Erdogan.
NOT_FOLDED = [
    ("other-people", meeting(PUTIN, ASSAD, date=MONDAY)),
    ("planned-vs-occurred", meeting(PUTIN, ERDOGAN, date=MONDAY, status=Status.PLANNED)),
    ("other-date", meeting(PUTIN, ERDOGAN, date=DateSpan.from_date(dt.date(2017, 12, 4)))),
    ("call-vs-meeting", meeting(PUTIN, ERDOGAN, date=MONDAY, kind=MeetingKind.CALL)),
    ("other-country", meeting(PUTIN, ERDOGAN, date=WEEK, place=Place(country=Country(code="TUR")))),
]


@pytest.mark.parametrize("other", [r[1] for r in NOT_FOLDED], ids=[r[0] for r in NOT_FOLDED])
def test_different_meetings_do_not_fold(other: Meeting) -> None:
    in_russia = meeting(PUTIN, ERDOGAN, date=MONDAY, place=Place(country=Country(code="RUS"), city="Sochi"))
    assert len(fold_meetings([in_russia, other])) == 2


def test_a_call_of_leaders_at_their_summit_that_day_is_part_of_it() -> None:
    text = (
        "Emomali Rahmon, Sadyr Japarov and Shavkat Mirziyoyev held a summit in Khujand on Monday. The three "
        "also unveiled a stele by video link from the summit venue."
    )
    [summit] = de.parse(text, published="2025-04-01").meetings
    assert (summit.kind, summit.date) == (MeetingKind.SUMMIT, DateSpan.from_date(dt.date(2025, 3, 31)))


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "The African Union opened its summit in Addis Ababa on Saturday. Abiy Ahmed, chairing his last summit "
            "as host, welcomed William Ruto and Paul Kagame to the plenary hall.",
            "2024-02-17",
            dt.date(2024, 2, 17),
        ),
        (
            "ASEAN leaders ended a two-day summit in Jakarta on Wednesday. Joko Widodo, hosting his final summit "
            "before stepping down, received Anwar Ibrahim and Lee Hsien Loong at the secretariat.",
            "2023-09-06",
            dt.date(2023, 9, 6),
        ),
    ],
)
def test_a_gathering_at_a_hosts_own_summit_takes_its_date(text: str, published: str, day: dt.date) -> None:
    [gathering] = [m for m in de.parse(text, published=published).meetings if len(m.participants) >= 3]
    assert gathering.summit is not None
    assert gathering.date == DateSpan.from_date(day)


def test_a_call_after_a_visit_told_that_day_stays_a_call() -> None:
    text = "Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday. They also spoke by phone."
    kinds = [m.kind for m in de.parse(text, published="2025-04-01").meetings]
    assert kinds == [MeetingKind.VISIT, MeetingKind.CALL]


def test_a_report_with_a_place_folds_into_one_without() -> None:
    sochi = Place(country=Country(code="RUS"), city="Sochi")
    [folded] = fold_meetings([meeting(PUTIN, ERDOGAN, date=WEEK), meeting(PUTIN, ERDOGAN, date=MONDAY, place=sochi)])
    assert (folded.date, folded.place) == (MONDAY, sochi)


def test_an_undated_summit_mention_joins_the_dated_one() -> None:
    dated = Summit(name="G20 summit", organization="G20", status=Status.OCCURRED, date=MONDAY)
    undated = Summit(name="G20 summit", organization="G20", status=Status.OCCURRED)
    assert fold_summits([undated, dated]) == [attrs.evolve(undated, date=MONDAY)]


# -- properties ------------------------------------------------------------------------------


def _span(day: dt.date, precision: Precision) -> DateSpan:
    if precision is Precision.DAY:
        return DateSpan.from_date(day)
    if precision is Precision.WEEK:
        return DateSpan.from_week(day)
    return DateSpan.from_month(day.year, day.month)


spans = st.builds(
    _span,
    st.dates(dt.date(2017, 10, 1), dt.date(2017, 12, 31)),
    st.sampled_from((Precision.DAY, Precision.WEEK, Precision.MONTH)),
)


def _valid_pair(first: Participant, second: Participant) -> bool:
    return first.key != second.key


@given(
    st.lists(
        st.tuples(
            st.sampled_from((PUTIN, ERDOGAN, ASSAD)),
            st.sampled_from((PUTIN, ERDOGAN, ASSAD)),
            st.none() | spans,
            st.sampled_from(Status),
        ).filter(lambda t: _valid_pair(t[0], t[1])),
        max_size=6,
    )
)
def test_folding_is_idempotent_and_never_grows(
    rows: list[tuple[Participant, Participant, DateSpan | None, Status]],
) -> None:
    meetings = [meeting(a, b, date=date, status=status) for a, b, date, status in rows]
    folded = fold_meetings(meetings)
    assert len(folded) <= len(meetings)
    assert fold_meetings(folded) == folded
    assert {frozenset(p.key for p in m.participants) for m in folded} == {
        frozenset(p.key for p in m.participants) for m in meetings
    }


@given(
    st.lists(
        st.tuples(
            st.sampled_from((PUTIN, ERDOGAN, ASSAD)),
            st.sampled_from((PUTIN, ERDOGAN, ASSAD)),
            st.none() | spans,
            st.sampled_from(Status),
            st.booleans(),
        ).filter(lambda t: _valid_pair(t[0], t[1])),
        max_size=6,
    )
)
def test_a_heading_folds_only_into_the_body_and_only_into_the_same_people(
    rows: list[tuple[Participant, Participant, DateSpan | None, Status, bool]],
) -> None:
    meetings = [meeting(a, b, date=date, status=status) for a, b, date, status, _ in rows]
    headings = [i for i, row in enumerate(rows) if row[4]]
    folded = fold_meetings(meetings, headings)
    assert len(folded) <= len(fold_meetings(meetings))
    people = {frozenset(p.key for p in m.participants) for m in meetings}
    assert {frozenset(p.key for p in m.participants) for m in folded} == people  # nobody lost, nobody added
    if not headings:
        assert folded == fold_meetings(meetings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a caption shows the plan of the schedule carried out: one meeting, which happened
            "Lula, left, and Xi shake hands at the Great Hall of the People, Friday, April 14, 2023.\n\n"
            "On Friday morning, Lula will arrive in Beijing. In the afternoon, he will hold talks with Xi at the "
            "Great Hall of the People.",
            [("occurred", "2023-04-14")],
        ),
        (  # a plan with a day of its own may be another encounter: both stay
            "Lula and Xi shake hands at the Great Hall of the People on Friday, April 14, 2023.\n\n"
            "Lula will hold talks with Xi at the Great Hall of the People on Friday evening.",
            [("occurred", "2023-04-14"), ("planned", "2023-04-14")],
        ),
    ],
)
def test_a_plan_dated_by_its_context_folds_into_the_report_that_it_happened(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = parse(text, "2023-04-14").meetings
    assert [(m.status.value, str(m.date)) for m in found] == expected


def test_a_photo_position_between_commas_keeps_two_names_coordinated() -> None:
    [met] = parse("Ruto, right, and Museveni shake hands in Kampala, Monday, May 6, 2024.", "2024-05-07").meetings
    assert {p.leader_id for p in met.participants} == {"william-ruto", "yoweri-museveni"}


# -- explanations ---------------------------------------------------------------------------------------------------


def _explained(text: str, published: str = "2024-06-14") -> list[Meeting]:
    return list(de.parse(text, published).meetings)


def test_an_explanation_quotes_the_trigger_the_time_and_each_participant() -> None:
    text = "Scholz received Macron at the chancellery on Tuesday."
    [meeting] = _explained(text)
    why = meeting.explanation
    assert why is not None
    assert (why.trigger.text, why.time.text, why.dated_by) == ("received", "Tuesday", "date.own-time")
    assert why.anchor == dt.date(2024, 6, 14)
    assert [(who.how, who.mention.text) for who in why.participants] == [
        (Identification.NAME, "Scholz"),
        (Identification.NAME, "Macron"),
    ]
    assert {"subject.before", "build.hosted-visit", "date.own-time"} <= set(why.rules)


def test_a_pronoun_is_explained_through_its_antecedent() -> None:
    text = "Kishida landed in Manila on Friday. He met Marcos the next day."
    meeting = next(m for m in _explained(text) if m.kind is not MeetingKind.VISIT or m.date)
    [kishida, marcos] = meeting.explanation.participants
    assert (kishida.how, kishida.mention.text, kishida.antecedent.text) == (Identification.PRONOUN, "He", "Kishida")
    assert marcos.how is Identification.NAME


def test_an_office_and_an_unnamed_host_are_explained() -> None:
    [meeting] = _explained("The Kenyan president paid a state visit to Ghana on Monday.")
    how = [(who.how, who.mention.text if who.mention else None) for who in meeting.explanation.participants]
    assert how == [(Identification.OFFICE, "The Kenyan president"), (Identification.HOST, "Ghana")]


def test_a_date_from_the_paragraph_names_its_rule() -> None:
    [trip_meeting] = _explained("Modi arrived in Moscow on Monday. He held talks with Putin.")
    assert trip_meeting.explanation.dated_by == "date.paragraph-context"
    assert trip_meeting.explanation.time is None


def test_a_summit_explains_its_name_and_its_dates() -> None:
    [summit] = de.parse("Lula flew to Johannesburg for the G20 summit.", "2025-11-20").summits
    assert summit.explanation.trigger.text == "G20 summit"
    assert summit.explanation.rules == ("summit.series", "summit.record")
    assert summit.explanation.dated_by == "summit.record"


# -- titled names the knowledge base does not list: said, not silently dropped --------------------------

#: (sentence, publication date, the warning, the participants of the meetings found). The names are invented;
#: the holders of the offices are the knowledge base's.
UNPLACED = [
    pytest.param(
        "Prime Minister Tomasz Novakowski of Poland met Chancellor Angela Merkel in Berlin on Monday.",
        dt.date(2015, 3, 4),
        "'Prime Minister Tomasz Novakowski' left out: no prime minister of that name in the knowledge base "
        "(Ewa Kopacz was prime minister of Poland on 2015-03-04)",
        [],
        id="office-held-by-someone-else",
    ),
    pytest.param(
        "Polish President Tomasz Novakowski met Chancellor Angela Merkel in Berlin on Monday.",
        dt.date(2016, 3, 4),
        "'Polish President Tomasz Novakowski' read as the office: no president of that name in the knowledge base "
        "(Andrzej Duda was president of Poland on 2016-03-04)",
        [["Andrzej Duda", "Angela Merkel"]],
        id="read-as-the-office",
    ),
    pytest.param(
        "President Tomasz Novakowski met Chancellor Angela Merkel in Berlin on Monday.",
        dt.date(2016, 3, 4),
        "'President Tomasz Novakowski' left out: no president of that name in the knowledge base",
        [],
        id="no-country",
    ),
    pytest.param(
        "Emir Tomasz Novakowski of Poland met Chancellor Angela Merkel in Berlin on Monday.",
        dt.date(2016, 3, 4),
        "'Emir Tomasz Novakowski' left out: no emir of Poland in the knowledge base on 2016-03-04",
        [],
        id="no-such-office",
    ),
    pytest.param(
        "Polish Prime Minister Tomasz Novakowski met the German chancellor in Berlin on Monday.",
        dt.date(1901, 5, 6),
        "'Polish Prime Minister Tomasz Novakowski' read as the office: no entry for Poland in the knowledge base "
        "on 1901-05-06",
        [],
        id="no-entry-for-the-country",
    ),
    pytest.param(
        "Prime Minister Tomasz Novakowski of Poland met Chancellor Angela Merkel in Berlin on May 4, 2015.",
        None,
        "'Prime Minister Tomasz Novakowski' left out: no prime minister of that name in the knowledge base",
        [],
        id="no-publication-date",
    ),
]


@pytest.mark.parametrize(("text", "published", "warning", "people"), UNPLACED)
def test_a_titled_name_the_knowledge_base_does_not_list_gives_a_warning(
    text: str, published: dt.date | None, warning: str, people: list[list[str]]
) -> None:
    result = parse(text, published)
    assert warning in result.warnings
    assert [[p.name for p in m.participants] for m in result.meetings] == people


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Turkish President Tayyip Erdogan met President Vladimir Putin in Sochi on Monday.", dt.date(2019, 4, 3)),
        ("Prime Minister Datuk Seri Anwar Ibrahim met Xi Jinping in Beijing on Friday.", dt.date(2023, 4, 3)),
        ("Foreign Minister Tomasz Novakowski met Sergey Lavrov in Moscow on Monday.", dt.date(2019, 4, 3)),
        ("The Polish president said on Monday that he would visit Berlin.", dt.date(2019, 4, 3)),
    ],
    ids=["alias-with-family-name", "honorifics-then-a-listed-name", "no-leader-title", "office-alone"],
)
def test_listed_names_and_other_titles_give_no_such_warning(text: str, published: dt.date) -> None:
    assert not [w for w in parse(text, published).warnings if "knowledge base" in w]


# -- fast paths: each gate that skips work answers as the full work would ---------------------------------------------

_MENTIONS = st.lists(
    st.builds(
        Mention,
        kind=st.sampled_from(MentionKind),
        start=st.just(0),
        end=st.just(1),
        text=st.just("the Emir"),
        role=st.none() | st.sampled_from(Role),
    ),
    max_size=5,
)


@given(_MENTIONS)
def test_a_sentence_holds_a_bare_title_where_the_full_scan_finds_one(mentions: list[Mention]) -> None:
    full = any(m.kind is MentionKind.PRONOUN and m.role is not None for m in mentions)
    assert _bare_titles(mentions) == full


# -- host words: talks with "his host" are a visit to the country the visitor is in -----------------------------------

HOST_WORDS = [
    (
        "possessive-host-named-in-apposition",
        "Japanese Prime Minister Shinzo Abe arrived in Hanoi on Sunday. His host, Prime Minister Nguyen Xuan Phuc, "
        "welcomed him at the presidential palace.",
        dt.date(2017, 1, 17),
        [(("nguyen-xuan-phuc", "shinzo-abe"), "visit", "occurred", "2017-01-15")],
    ),
    (
        "talks-with-her-host-in-the-arrival-s-sentence",
        "Chancellor Angela Merkel flew into Buenos Aires on Thursday and held talks with her host at the Casa Rosada.",
        dt.date(2017, 6, 9),
        [(("angela-merkel", "mauricio-macri"), "visit", "occurred", "2017-06-08")],
    ),
    (
        "received-by-the-host-premier",
        "Prime Minister Justin Trudeau arrived in Beijing on Tuesday, where he was received by the host premier.",
        dt.date(2016, 9, 1),
        [(("justin-trudeau", "li-keqiang"), "visit", "occurred", "2016-08-30")],
    ),
    (
        "he-and-his-host-a-paragraph-later",
        "Lula arrived in Luanda on Thursday.\n\nLula and his host signed four agreements on Friday.",
        dt.date(2023, 8, 26),
        [(("luiz-inacio-lula-da-silva", "joao-lourenco"), "visit", "occurred", "2023-08-25")],
    ),
    (
        "the-two-presidents-of-one-visitor",
        "President Emmanuel Macron arrived in Ulaanbaatar on Sunday. The two presidents held talks at the palace.",
        dt.date(2023, 5, 22),
        [(("emmanuel-macron", "ukhnaagiin-khurelsukh"), "visit", "occurred", "2023-05-21")],
    ),
    (
        "a-wire-s-dateline-is-where-the-visitor-is",
        "HANOI, May 23 (Wire) - U.S. President Barack Obama held talks with his host at the Presidential Palace "
        "on Monday.",
        dt.date(2016, 5, 23),
        [(("barack-obama", "nguyen-xuan-phuc"), "visit", "occurred", "2016-05-23")],
    ),
    (
        "he-and-his-host-under-a-dateline",
        "CANBERRA (Wire) - President Joko Widodo arrived on Tuesday. He and his host signed a trade pact.",
        dt.date(2023, 7, 4),
        [(("joko-widodo", "anthony-albanese"), "visit", "occurred", "2023-07-04")],
    ),
    ("no-place-no-host", "Macron held talks with his host on Sunday.", dt.date(2023, 5, 22), []),
    (
        "a-summit-s-host-is-no-counterpart",
        "Prime Minister Anthony Albanese arrived in Rio de Janeiro on Sunday and thanked the host of the G20 summit "
        "for the invitation.",
        dt.date(2024, 11, 19),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(HOST_WORDS))
def test_a_host_word_meets_the_leader_of_the_country_visited(
    text: str, published: dt.date, expected: list[Row]
) -> None:
    assert meetings(text, published) == expected


def test_spans_never_take_a_new_object_for_a_noted_one_gone() -> None:
    """An object's id stands for it only while it lives: the spans keep what they note, so a new time expression
    (which may be given the id of one noted and dropped) is not found where the dropped one stood."""
    tokens = tokenize("The envoys met on Friday.")
    spans = Spans()
    spans.add(find_times(tokens), tokens)  # the list and its one item are dropped at once
    fresh = [find_times(tokens)[0] for _ in range(100)]
    assert [spans.get(time) for time in fresh] == [None] * 100


@pytest.mark.parametrize(
    ("text", "outlet", "group"),
    [
        (
            "WASHINGTON - The President will host Prime Minister Justin Trudeau of Canada on Friday. "
            "The two leaders had talked at length in Lima in March.",
            "The White House",
            "The two leaders",
        ),
        (
            "The Prime Minister will receive President Emmanuel Macron in Downing Street on Monday. "
            "Both leaders spoke by telephone last week.",
            "Prime Minister's Office, 10 Downing Street",
            "Both leaders",
        ),
    ],
)
def test_a_group_pronoun_after_a_bare_title_is_quoted_as_written(text: str, outlet: str, group: str) -> None:
    """ "The two leaders" after "The President" of a readout stands for the office as read: its explanation quotes
    the group's own words, with each leader's first mention as the antecedent."""
    later = parse(text, "2018-05-02", outlet=outlet).meetings[-1]
    assert later.explanation is not None
    quoted = {(i.how, i.mention.text if i.mention else None) for i in later.explanation.participants}
    assert quoted == {(Identification.PRONOUN, group)}
    antecedents = [i.antecedent.text for i in later.explanation.participants if i.antecedent is not None]
    assert antecedents[0].startswith("The ") and len(antecedents) == 2


# -- the sidelines of a gathering: talks in one side's country there are a meeting, no visit ---------------------------

SIDELINES = [
    (
        "the-margins-of-a-conference-the-data-does-not-know",
        "Prime Minister Narendra Modi held talks with President Cyril Ramaphosa in Johannesburg on Wednesday on the "
        "margins of a mining conference.",
        dt.date(2023, 8, 25),
        [(("narendra-modi", "cyril-ramaphosa"), "meeting", "occurred", "2023-08-23")],
    ),
    (
        "an-opening-phrase-names-the-sidelines",
        "On the sidelines of an energy forum in Abu Dhabi on Monday, President Emmanuel Macron met President Mohamed "
        "bin Zayed.",
        dt.date(2023, 8, 25),
        [(("emmanuel-macron", "mohamed-bin-zayed-al-nahyan"), "meeting", "occurred", "2023-08-21")],
    ),
    (
        "a-later-report-with-no-sidelines-folds-into-the-meeting",
        "President Emmanuel Macron met President Mohamed bin Zayed on Monday on the sidelines of an energy forum in "
        "Abu Dhabi. Macron met Mohamed bin Zayed in Abu Dhabi in a warm atmosphere, his office said.",
        dt.date(2023, 8, 25),
        [(("emmanuel-macron", "mohamed-bin-zayed-al-nahyan"), "meeting", "occurred", "2023-08-21")],
    ),
    (
        "talks-at-home-with-no-gathering-are-a-visit",
        "President Emmanuel Macron met President Mohamed bin Zayed in Abu Dhabi on Monday.",
        dt.date(2023, 8, 25),
        [(("emmanuel-macron", "mohamed-bin-zayed-al-nahyan"), "visit", "occurred", "2023-08-21")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(SIDELINES))
def test_talks_on_a_gatherings_sidelines_are_no_visit(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected
