"""Tests of stage 5, :mod:`diplomacy_events.events`: triggers, their subjects and objects, kind and status.

Candidates are read from one sentence at a time, before any person or date
is resolved, so the rows below check the words each side is made of (the
mention texts), the trigger's type, the kind and the status. Resolution to
people, dates and hosts is tested in ``test_assemble.py`` and end to end in
``test_parser.py``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events import default_knowledge
from diplomacy_events import parse as de_parse
from diplomacy_events.events import (
    EventCandidate,
    TriggerType,
    find_events,
    find_summits,
    sentence_status,
    trigger_matcher,
)
from diplomacy_events.lexicon import default_lexicon
from diplomacy_events.mentions import Gazetteer, MentionKind, link_pronouns
from diplomacy_events.model import MeetingKind, Status
from diplomacy_events.segment import tokenize
from diplomacy_events.timex import TimeKind, find_times
from tables import Row, meetings

DAY = dt.date(2017, 11, 23)
MEET, HOST, VISIT, CALL, SUMMIT, INVITE = (
    TriggerType.MEET,
    TriggerType.HOST,
    TriggerType.VISIT,
    TriggerType.CALL,
    TriggerType.SUMMIT,
    TriggerType.INVITE,
)
OCCURRED, PLANNED = Status.OCCURRED, Status.PLANNED


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.for_knowledge(default_knowledge())


def candidates(gazetteer: Gazetteer, sentence: str) -> list[EventCandidate]:
    """The candidates of one sentence, read as the parser reads it."""
    words = default_lexicon()
    tokens = tokenize(sentence)
    [mentions] = link_pronouns([gazetteer.mentions(tokens, DAY)])
    times = find_times(tokens)
    summits = find_summits(tokens, mentions, times, words)
    return find_events(tokens, mentions, times, summits, trigger_matcher(words), words)


def sides(candidate: EventCandidate) -> list[str]:
    return [m.text for m in candidate.participants]


#: (id, sentence, trigger type, kind, status, participants' mention texts): one candidate each.
TRIGGERS = [
    ("met", "Putin met Erdogan in Sochi on Monday.", MEET, MeetingKind.MEETING, OCCURRED, ["Putin", "Erdogan"]),
    ("met-with", "Trump met with Xi in Beijing.", MEET, MeetingKind.MEETING, OCCURRED, ["Trump", "Xi"]),
    ("meets-present", "Erdogan meets Putin in Sochi today.", MEET, MeetingKind.MEETING, OCCURRED, ["Erdogan", "Putin"]),
    ("held-talks", "Putin held talks with Erdogan.", MEET, MeetingKind.MEETING, OCCURRED, ["Putin", "Erdogan"]),
    ("hosted", "Putin hosted Assad in Sochi.", HOST, MeetingKind.VISIT, OCCURRED, ["Putin", "Assad"]),
    ("received", "Saudi King Salman received Sisi in Riyadh.", HOST, MeetingKind.VISIT, OCCURRED, ["Salman", "Sisi"]),
    ("welcomed", "Putin welcomed Erdogan to Sochi.", HOST, MeetingKind.VISIT, OCCURRED, ["Putin", "Erdogan"]),
    ("visited", "Rouhani visited Turkey this month.", VISIT, MeetingKind.VISIT, OCCURRED, ["Rouhani"]),
    ("spoke-by-phone", "Putin spoke by phone with Trump.", CALL, MeetingKind.CALL, OCCURRED, ["Putin", "Trump"]),
    ("on-the-phone", "Putin was on the phone with Trump.", CALL, MeetingKind.CALL, OCCURRED, ["Putin", "Trump"]),
    (
        "phone-conversation",
        "Putin and Erdogan had a phone conversation.",
        CALL,
        MeetingKind.CALL,
        OCCURRED,
        ["Putin", "Erdogan"],
    ),
    ("called", "Trump called Putin on Tuesday.", CALL, MeetingKind.CALL, OCCURRED, ["Trump", "Putin"]),
    ("called-metonym", "Erdogan called the White House.", CALL, MeetingKind.CALL, OCCURRED, ["Erdogan", "White House"]),
    ("video-call", "Macron held a video call with Putin.", CALL, MeetingKind.CALL, OCCURRED, ["Macron", "Putin"]),
    (
        "mini-summit",
        "Putin held a mini-summit with Erdogan and Rouhani.",
        SUMMIT,
        MeetingKind.SUMMIT,
        OCCURRED,
        ["Putin", "Erdogan", "Rouhani"],
    ),
    ("will-meet", "Trump will meet Xi next week.", MEET, MeetingKind.MEETING, PLANNED, ["Trump", "Xi"]),
    (
        "intends-to-meet",
        "Trump intends to meet Kim Jong Un.",
        MEET,
        MeetingKind.MEETING,
        PLANNED,
        ["Trump", "Kim Jong Un"],
    ),
    (
        "likely-to-meet",
        "Trump is likely to meet Putin in July.",
        MEET,
        MeetingKind.MEETING,
        PLANNED,
        ["Trump", "Putin"],
    ),
    (
        "looks-forward",
        "Macron looks forward to meeting Trump.",
        MEET,
        MeetingKind.MEETING,
        PLANNED,
        ["Macron", "Trump"],
    ),
    ("headline-to", "Modi to meet Abe in Tokyo", MEET, MeetingKind.MEETING, PLANNED, ["Modi", "Abe"]),
    (
        "will-join",
        "Putin will join Erdogan and Rouhani for the SCO summit in Astana.",
        MEET,
        MeetingKind.MEETING,
        PLANNED,
        ["Putin", "Erdogan", "Rouhani"],
    ),
    ("dated-would", "Putin would visit Turkey next month.", VISIT, MeetingKind.VISIT, PLANNED, ["Putin"]),
    # frames: a trigger whose last words follow across a short gap
    (
        "spent-with",
        "Erdogan spent almost three hours with Putin.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Erdogan", "Putin"],
    ),
    (
        "sat-down-on-day-with",
        "Trump sat down on Tuesday with Xi.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Trump", "Xi"],
    ),
    (
        "signed-a-deal-with",
        "Putin signed a gas deal with Erdogan.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Putin", "Erdogan"],
    ),
    (
        "hosted-a-banquet-for",
        "Xi hosted a state banquet for Trump.",
        HOST,
        MeetingKind.VISIT,
        OCCURRED,
        ["Xi", "Trump"],
    ),
    (
        "hosted-a-leaders-retreat-for",  # a possessive in the gap
        "Xi hosted the leaders' retreat for Trump.",
        HOST,
        MeetingKind.VISIT,
        OCCURRED,
        ["Xi", "Trump"],
    ),
    (
        "hosted-a-long-gap-for",  # a gap of ten words: a place inside the frame
        "Xi hosted a private tea and dinner at the old lakeside guesthouse for Trump.",
        HOST,
        MeetingKind.VISIT,
        OCCURRED,
        ["Xi", "Trump"],
    ),
    (
        "spent-days-in-a-place-with",
        "Erdogan had spent the two previous days in New Delhi with Modi.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Erdogan", "Modi"],
    ),
    (
        "hosted-a-dinner-in-honour-of",
        "Moon hosted a dinner in honour of Trump.",
        HOST,
        MeetingKind.VISIT,
        OCCURRED,
        ["Moon", "Trump"],
    ),
    (
        "audience-with",
        "Macron had an audience with the pope.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Macron", "the pope"],
    ),
    (
        "participle-received-by",
        "Assad, received by Putin in Sochi, thanked Russia.",
        HOST,
        MeetingKind.VISIT,
        OCCURRED,
        ["Putin", "Assad"],
    ),
    ("telephones", "Zelensky telephones Putin.", CALL, MeetingKind.CALL, OCCURRED, ["Zelensky", "Putin"]),
    (
        "said-he-would",
        "Trump said he would shortly be calling Zelensky.",
        CALL,
        MeetingKind.CALL,
        Status.PLANNED,
        ["he", "Zelensky"],
    ),
    (
        "was-in-a-place-with",
        "Zelensky was in Berlin with Merz.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Zelensky", "Merz"],
    ),
    (
        "was-in-a-place-told-at-length-with",
        "Erdogan was in Lviv, in western Ukraine, with Zelensky.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Erdogan", "Zelensky"],
    ),
    (
        "sit-down-together",
        "Obama and Raul Castro sit down together in Panama City.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Obama", "Raul Castro"],
    ),
    (
        "four-negotiate",
        "Putin, Poroshenko, Merkel and Hollande negotiate through the night in Minsk.",
        MEET,
        MeetingKind.MEETING,
        OCCURRED,
        ["Putin", "Poroshenko", "Merkel", "Hollande"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "trigger_type", "kind", "status", "participants"),
    [r[1:] for r in TRIGGERS],
    ids=[r[0] for r in TRIGGERS],
)
def test_triggers(
    gazetteer: Gazetteer,
    sentence: str,
    trigger_type: TriggerType,
    kind: MeetingKind,
    status: Status,
    participants: list[str],
) -> None:
    [candidate] = candidates(gazetteer, sentence)
    assert (candidate.trigger_type, candidate.kind, candidate.status) == (trigger_type, kind, status)
    assert sides(candidate) == participants


#: (id, sentence): no meeting: negated, hypothetical, advice, generic, or "call" in another sense.
NO_MEETING = [
    ("did-not-meet", "Putin did not meet Erdogan on Monday."),
    ("did-not-hold-talks", "Putin did not hold talks with Erdogan."),
    ("contracted-negation", "Putin didn't meet Erdogan."),
    ("cancelled", "Erdogan cancelled a visit to Moscow."),
    ("is-cancelling-his-planned-meeting", "Macron is cancelling his planned meeting with Lula in Paris."),
    ("to-cancel-a-previously-scheduled-meeting", "Biden decided to cancel his previously scheduled summit with Xi."),
    ("not-aware-of-a-direct-call", "The spokesman was not aware of a direct call between Biden and Xi."),
    ("visit-by-a-minister", "Albanese played down a visit to Honiara by Chinese Foreign Minister Wang Yi."),
    ("the-visit-by-a-minister", "Albanese said the visit by China's foreign minister was business as usual."),
    ("until-such-time", "Zelensky said that until such time as he has a meeting with Putin, no deal is possible."),
    ("hypothetical-if", "Putin would meet Erdogan if the ceasefire held."),
    ("advice", "Putin should meet Erdogan."),
    ("undated-could", "Putin could meet Erdogan."),
    ("generic", "Putin often meets Erdogan."),
    ("called-a-name", "Trump called Kim Jong Un a rocket man."),
    ("called-on", "Trump called on Putin to act."),
    ("bare-trip", "Modi traveled to Tokyo on Monday."),
    ("bare-trip-noun", "Erdogan made a trip to Russia."),
    ("join-a-treaty", "Putin said Russia would join the Paris climate accord."),
    ("join-a-bloc", "Erdogan wants Turkey to join the European Union, Putin said."),
    ("request-turned-down", "Erdogan asked twice for a meeting with Assad and was turned down both times."),
    ("rarely", "Putin rarely hosts Macron at his dacha."),
    ("twice-a-year", "Under the pact, Modi and Kishida are to meet at least twice a year."),
    ("once-a-year", "Macron and Scholz will hold talks once a year in Aachen."),
    ("reciprocal-visits", "Kishida and Yoon agreed their countries will resume reciprocal visits by the two leaders."),
    ("owner-of-a-visit", "Merkel called Macron's visit an honour."),
    ("not-discussed", "Aides said a three-way meeting with Zelensky had not been discussed."),
    ("sank-a-summit", "The dispute sank the Quad leaders' summit that Australia was to host in Sydney."),
    ("would-of-a-wish", "Trump would like a second meeting with Zelensky."),
    ("owner-of-a-decision", "The Prime Minister welcomed the President's decision."),
    ("owner-of-an-envoy", "Erdogan received Putin's envoy on Monday."),
    ("spent-with-no-leader", "Putin spent the weekend with his family."),
    ("frame-gap-holds-a-name", "Putin hosted Erdogan's ministers for talks."),
]


@pytest.mark.parametrize("sentence", [r[1] for r in NO_MEETING], ids=[r[0] for r in NO_MEETING])
def test_no_meeting(gazetteer: Gazetteer, sentence: str) -> None:
    assert [sides(c) for c in candidates(gazetteer, sentence) if len(c.participants) >= 2] == []


def test_a_minister_is_no_leader_side(gazetteer: Gazetteer) -> None:
    found = candidates(gazetteer, "Foreign Minister Sergey Lavrov met Turkish President Erdogan.")
    assert found, "the trigger is read"
    assert all(c.participants[0].kind is MentionKind.OTHER for c in found)


def test_a_host_is_the_subject_of_hosted(gazetteer: Gazetteer) -> None:
    [visit] = candidates(gazetteer, "Putin hosted Bashar al-Assad of Syria in Sochi.")
    assert visit.host is not None and visit.host.text == "Putin"
    assert visit.place is not None and visit.place.city == "Sochi"


def test_a_visit_to_a_country_implies_its_leader(gazetteer: Gazetteer) -> None:
    [visit] = candidates(gazetteer, "Rouhani visited Turkey this month.")
    assert visit.implicit_host
    assert visit.host is not None and visit.host.country == "TUR"
    assert visit.time is not None and visit.time.kind is TimeKind.RELATIVE


def test_travel_to_meet_is_a_visit_and_a_meeting(gazetteer: Gazetteer) -> None:
    found = candidates(gazetteer, "Modi traveled to Tokyo last week to meet Japanese Prime Minister Shinzo Abe.")
    visit = next(c for c in found if c.trigger_type is VISIT)
    assert visit.implicit_host and visit.host is not None and visit.host.city == "Tokyo"
    assert any(sides(c) == ["Modi", "Shinzo Abe"] for c in found)


def test_invited_to_visit_is_a_planned_visit_to_the_host(gazetteer: Gazetteer) -> None:
    invitation = next(
        c for c in candidates(gazetteer, "Putin invited Erdogan to visit Moscow.") if c.trigger == "invited"
    )
    assert (invitation.kind, invitation.status) == (MeetingKind.VISIT, PLANNED)
    assert sides(invitation) == ["Putin", "Erdogan"]
    assert invitation.host is not None and invitation.host.text == "Putin"


@pytest.mark.parametrize(
    "sentence",
    [
        "Erdogan invited Putin to visit Ankara, and the Russian president accepted.",
        "Xi invites Putin to visit Beijing and the Russian leader agrees.",
        "Putin invited the Turkish president to meet him in Sochi, and Erdogan said yes.",
    ],
)
def test_the_verb_after_invited_to_is_the_invitations(gazetteer: Gazetteer, sentence: str) -> None:
    found = candidates(gazetteer, sentence)
    assert [c.trigger_type for c in found] == [TriggerType.INVITE]
    assert found[0].status is PLANNED and len(found[0].participants) == 2


@pytest.mark.parametrize(
    ("sentence", "hosts"),
    [
        ("Erdogan was invited by Putin to visit Moscow.", ["Putin"]),
        ("Erdogan was invited to pay the visits by Putin and Xi Jinping.", ["Putin", "Xi Jinping"]),
        ("Erdogan has been invited by Putin and Xi Jinping to make state visits.", ["Putin", "Xi Jinping"]),
    ],
)
def test_a_passive_invitation_is_a_planned_visit_of_the_subject_to_each_agent(
    gazetteer: Gazetteer, sentence: str, hosts: list[str]
) -> None:
    """build.invitation in the passive ("was invited by A to visit"); not a plan of the past (veto.past-plan), and
    "to pay the visits" is the invitation's own verb (veto.invited-to)."""
    found = candidates(gazetteer, sentence)
    assert [c.trigger_type for c in found] == [TriggerType.INVITE] * len(hosts)
    assert [(sides(c), c.status) for c in found] == [(["Erdogan", host], PLANNED) for host in hosts]
    assert [c.host.text if c.host else None for c in found] == hosts


@pytest.mark.parametrize(
    ("sentence", "visitors"),
    [
        (
            "The ministers agreed to make arrangements for Prime Minister Modi to visit Japan and for Prime Minister "
            "Abe to visit India.",
            ["Modi", "Abe"],
        ),
        (
            "The two sides agreed on arrangements for Prime Minister Abe to visit India in the autumn.",
            ["Abe"],
        ),
    ],
)
def test_an_infinitive_after_for_and_its_subject_is_a_plan_of_that_subject(
    gazetteer: Gazetteer, sentence: str, visitors: list[str]
) -> None:
    """subject.for-infinitive and status.for-infinitive: "for X to visit" is X's visit, planned."""
    found = [c for c in candidates(gazetteer, sentence) if c.trigger_type is TriggerType.VISIT]
    assert [(c.participants[0].text, c.status) for c in found] == [(v, PLANNED) for v in visitors]


def test_an_infinitive_after_for_without_a_word_of_plans_keeps_its_tense(gazetteer: Gazetteer) -> None:
    """ "The first time for X to visit" is no plan (status.for-infinitive needs a word of plans)."""
    found = candidates(gazetteer, "It was the first time for Prime Minister Abe to visit India since 2014.")
    assert [c.status for c in found if c.trigger_type is TriggerType.VISIT] == [Status.OCCURRED]


def test_the_presidents_of_two_countries_are_two_objects(gazetteer: Gazetteer) -> None:
    found = candidates(gazetteer, "Putin held talks with the presidents of Turkey and Iran.")
    objects = [c.participants[-1] for c in found]
    assert [(m.kind, m.country) for m in objects] == [(MentionKind.OFFICE, "TUR"), (MentionKind.OFFICE, "IRN")]


def test_a_coordinated_subject_meets_as_a_group(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "The leaders of Russia, Turkey and Iran held talks in Sochi.")
    assert [m.country for m in meeting.participants] == ["RUS", "TUR", "IRN"]


def test_a_sidelines_meeting_names_its_summit(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Xi and Putin met on the sidelines of the SCO summit in Astana.")
    assert sides(meeting) == ["Xi", "Putin"]
    assert meeting.summit is not None
    assert (meeting.summit.name, meeting.summit.organization) == ("SCO summit", "SCO")
    assert meeting.summit.place is not None and meeting.summit.place.city == "Astana"


def test_attending_a_named_summit_is_no_meeting_by_itself(gazetteer: Gazetteer) -> None:
    [attending] = candidates(gazetteer, "Putin will attend the G20 summit in Hamburg.")
    assert attending.attendance  # it only says who is at the summit
    assert attending.summit is not None and attending.summit.organization == "G20"


def test_a_citation_is_not_the_meeting_time(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Putin met Erdogan in Sochi (Kommersant, November 3).")
    assert meeting.time is None


def test_the_time_of_the_triggers_clause_wins(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Putin met Erdogan on Monday, a week after the talks in June.")
    assert meeting.time is not None and meeting.time.kind is TimeKind.WEEKDAY


def test_a_relative_clause_neither_dates_nor_plans_the_meeting(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Macron, who took office in May, met Trump in Paris on Thursday.")
    assert meeting.status is OCCURRED
    assert meeting.time is not None and meeting.time.kind is TimeKind.WEEKDAY


#: (id, sentence, status): the status a sentence gives a summit it names.
SUMMIT_STATUS = [
    ("future", "The SCO summit will open in Astana in June.", PLANNED),
    ("past", "The SCO summit was held in Astana in June.", OCCURRED),
    ("no-cue", "The SCO summit in Astana.", None),
]


@pytest.mark.parametrize(("sentence", "status"), [r[1:] for r in SUMMIT_STATUS], ids=[r[0] for r in SUMMIT_STATUS])
def test_sentence_status(sentence: str, status: Status | None) -> None:
    assert sentence_status(tokenize(sentence), default_lexicon()) is status


def test_a_call_with_a_coordinated_subject_includes_everyone(gazetteer: Gazetteer) -> None:
    found = candidates(gazetteer, "Merkel and Macron held a video call with Putin on Friday.")
    people = {m.text for c in found for m in c.participants}
    assert people == {"Merkel", "Macron", "Putin"}


def test_a_from_to_range_dates_the_meeting(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Trump met Xi in Beijing from November 8 to 10.")
    assert meeting.time is not None and (meeting.time.day, meeting.time.last_day) == (8, 10)


def test_many_times_is_generic(gazetteer: Gazetteer) -> None:
    assert candidates(gazetteer, "Putin has met Erdogan many times.") == []


# -- properties ------------------------------------------------------------------

SUBJECTS = ("Putin", "Russian President Vladimir Putin", "Mr. Putin", "The Kremlin leader")
OBJECTS = ("Erdogan", "Turkish President Recep Tayyip Erdogan", "his Turkish counterpart")
NEGATIONS = ("did not meet", "never met", "refused to meet", "didn't meet", "would meet, if asked,")


@given(st.sampled_from(SUBJECTS), st.sampled_from(NEGATIONS), st.sampled_from(OBJECTS))
def test_negated_and_hypothetical_meetings_give_nothing(subject: str, verb: str, obj: str) -> None:
    gazetteer = Gazetteer.for_knowledge(default_knowledge())
    assert candidates(gazetteer, f"{subject} {verb} {obj} on Monday.") == []


@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(("will meet", "is expected to meet", "plans to meet", "intends to meet")),
    st.sampled_from(OBJECTS),
)
def test_plans_are_planned(subject: str, verb: str, obj: str) -> None:
    gazetteer = Gazetteer.for_knowledge(default_knowledge())
    found = candidates(gazetteer, f"{subject} {verb} {obj} next week.")
    assert found
    assert all(c.status is PLANNED and len(c.participants) == 2 for c in found)


def test_the_sidelines_of_the_summit_is_no_gathering(gazetteer: Gazetteer) -> None:
    # the summit word refers to the summit: the leader after the comma is the next verb's subject
    found = candidates(gazetteer, "On the sidelines of the summit, Lula held a bilateral meeting with Peña.")
    assert [sides(c) for c in found] == [["Lula", "Peña"]]
    found = candidates(gazetteer, "On the margins of the summit, Modi sat down with Albanese.")
    assert [sides(c) for c in found] == [["Modi", "Albanese"]]


def test_a_frame_takes_in_the_triggers_of_its_gap(gazetteer: Gazetteer) -> None:
    [visit] = candidates(gazetteer, "Xi hosted a welcoming ceremony for Putin.")
    assert (visit.trigger, sides(visit)) == ("hosted ... for", ["Xi", "Putin"])


def test_the_host_of_a_meeting_with_someone_joins_it(gazetteer: Gazetteer) -> None:
    [meeting] = candidates(gazetteer, "Erdogan attended a meeting with Rouhani, hosted by Putin, in Sochi.")
    assert sides(meeting) == ["Erdogan", "Rouhani", "Putin"]
    assert "group.hosted-by" in meeting.rules


def test_a_gathering_s_participles_name_who_attends_it(gazetteer: Gazetteer) -> None:
    sentence = "Abe attended a forum on trade hosted by Xi and attended by Putin, Erdogan and Modi."
    [summit] = candidates(gazetteer, sentence)
    assert (summit.kind, sides(summit)) == (MeetingKind.SUMMIT, ["Abe", "Xi", "Putin", "Erdogan", "Modi"])
    assert "group.gathering-by" in summit.rules
    [gathering] = candidates(gazetteer, "The summit, hosted by Macron and attended by Merkel and Trudeau, ended.")
    assert sorted(sides(gathering)) == ["Macron", "Merkel", "Trudeau"]


def test_a_dinner_hosted_by_one_leader_is_a_visit_to_the_host(gazetteer: Gazetteer) -> None:
    [visit] = candidates(gazetteer, "Modi attended a banquet hosted by Abe in Tokyo.")
    assert (visit.kind, sides(visit)) == (MeetingKind.VISIT, ["Abe", "Modi"])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Narendra Modi paid a state visit to Japan in May 2015. Shinzo Abe repaid the visit in December with a "
            "three-day tour of India.",
            dt.date(2016, 3, 1),
            [
                (("narendra-modi", "shinzo-abe"), "visit", "occurred", "2015-05"),
                (("shinzo-abe", "narendra-modi"), "visit", "occurred", "2015-12"),
            ],
        ),
        (
            "Angela Merkel returned the visit in 2016 with two days in France.",
            dt.date(2017, 3, 1),
            [(("angela-merkel", "francois-hollande"), "visit", "occurred", "2016-01-01/2016-12-31")],
        ),
    ],
)
def test_a_returned_visit_goes_to_the_country_its_clause_names(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Cyril Ramaphosa was the guest of King Charles at Buckingham Palace on Tuesday.",
            dt.date(2022, 11, 24),
            [(("cyril-ramaphosa", "charles-iii"), "visit", "occurred", "2022-11-22")],
        ),
        (
            "Putin will be the guest of Xi Jinping in Beijing next week.",
            dt.date(2024, 5, 10),
            [(("vladimir-putin", "xi-jinping"), "visit", "planned", "2024-05-13/2024-05-19")],
        ),
        (  # a present: read the nearer way; each host named is met
            "The tour ends in Rome, where Lula is the guest of President Sergio Mattarella and Prime Minister "
            "Giorgia Meloni from June 20 to 22.",
            dt.date(2024, 6, 12),
            [
                (("luiz-inacio-lula-da-silva", "sergio-mattarella"), "visit", "planned", "2024-06-20/2024-06-22"),
                (("luiz-inacio-lula-da-silva", "giorgia-meloni"), "visit", "planned", "2024-06-20/2024-06-22"),
            ],
        ),
    ],
)
def test_the_guest_of_a_leader_visits_him(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "King Abdullah was Biden's guest at Camp David in late June.",
            dt.date(2023, 7, 12),
            [(("abdullah-ii-of-jordan", "joe-biden"), "visit", "occurred", "2023-06")],
        ),
        (  # "his" is not the guest: the leader the sentence before named
            "Javier Milei met Joe Biden in Lima on Saturday. Three days later, Emmanuel Macron was his dinner guest "
            "in Buenos Aires.",
            dt.date(2024, 11, 20),
            [
                (("javier-milei", "joe-biden"), "meeting", "occurred", "2024-11-16"),
                (("emmanuel-macron", "javier-milei"), "visit", "occurred", "2024-11-19"),
            ],
        ),
        (  # a relative clause: "her" is the leader named before it in the sentence
            "Giorgia Meloni said Olaf Scholz, who was her guest in Rome in January, would return soon.",
            dt.date(2024, 3, 1),
            [(("olaf-scholz", "giorgia-meloni"), "visit", "occurred", "2024-01")],
        ),
    ],
)
def test_a_leaders_guest_visits_him(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tomorrow Li Keqiang goes to the palace for an official visit as Mr. Duterte's guest.",
            dt.date(2017, 11, 12),
            [(("li-keqiang", "rodrigo-duterte"), "visit", "planned", "2017-11-13")],
        ),
        (
            "Lula attended the dinner as Biden's guest in Washington on Friday.",
            dt.date(2023, 5, 20),
            [(("luiz-inacio-lula-da-silva", "joe-biden"), "visit", "occurred", "2023-05-19")],
        ),
    ],
)
def test_a_leaders_guest_after_as_visits_him(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron was a guest at the summit dinner on Friday.",
        "Biden's guests included the prime ministers of Japan and Australia.",
        "The guests of Narendra Modi arrived in Delhi on Monday.",
        "Emmanuel Macron spoke as the summit's guest of honour on Friday.",
    ],
)
def test_a_guest_noun_without_a_leader_owning_it_after_a_copula_is_no_visit(text: str) -> None:
    assert meetings(text, dt.date(2023, 5, 20)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moon Jae-in hugged Kim Jong Un at the border on Friday.",
            [(("moon-jae-in", "kim-jong-un"), "meeting", "occurred", "2018-04-27")],
        ),
        (
            "Kim Jong Un, embracing Moon Jae-in at the border on Friday, said a new era had begun.",
            [(("kim-jong-un", "moon-jae-in"), "meeting", "occurred", "2018-04-27")],
        ),
        ("Moon Jae-in embraced the proposal on Friday.", []),
    ],
)
def test_an_embrace_meets_the_leader_embraced(text: str, expected: list[tuple[tuple[str, ...], str, str, str]]) -> None:
    assert meetings(text, dt.date(2018, 4, 27)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Joe Biden took tea with King Charles at Windsor Castle on Monday.",
            dt.date(2023, 7, 12),
            [(("joe-biden", "charles-iii"), "visit", "occurred", "2023-07-10")],
        ),
        (
            "Xi Jinping and Donald Trump had dinner at Mar-a-Lago on Thursday.",
            dt.date(2017, 4, 8),
            [(("xi-jinping", "donald-trump"), "visit", "occurred", "2017-04-06")],
        ),
        (
            "Modi had breakfast with Macron in Paris on Friday before flying home.",
            dt.date(2023, 7, 16),
            [(("narendra-modi", "emmanuel-macron"), "visit", "occurred", "2023-07-14")],
        ),
    ],
)
def test_a_meal_taken_together_is_a_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rishi Sunak joined a video call with Zelensky, Macron and Scholz on Monday.",
            [
                (
                    ("rishi-sunak", "volodymyr-zelensky", "emmanuel-macron", "olaf-scholz"),
                    "call",
                    "occurred",
                    "2023-05-15",
                )
            ],
        ),
        (
            "Macron, Scholz and Meloni spoke with Biden by phone on Saturday.",
            [
                (
                    ("emmanuel-macron", "olaf-scholz", "giorgia-meloni", "joe-biden"),
                    "call",
                    "occurred",
                    "2023-05-20",
                )
            ],
        ),
        (  # a meeting in a place and a call after it: two encounters
            "Emmanuel Macron and Olaf Scholz met in Paris and called Joe Biden on Monday.",
            [
                (("emmanuel-macron", "olaf-scholz"), "visit", "occurred", "2023-05-15"),
                (("emmanuel-macron", "olaf-scholz", "joe-biden"), "call", "occurred", "2023-05-15"),
            ],
        ),
    ],
)
def test_a_call_told_twice_in_a_sentence_is_one_call(
    text: str, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, dt.date(2023, 5, 20)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Modi welcomed world leaders on Saturday, among them Biden, Sunak and Kishida.",
            [
                (
                    ("narendra-modi", "joe-biden", "rishi-sunak", "fumio-kishida"),
                    "summit",
                    "occurred",
                    "2023-09-09",
                )
            ],
        ),
        (  # "the visiting leaders": an adjective, no visit of the host to them
            "Modi received the visiting leaders, including Joe Biden and Rishi Sunak, at the venue on Saturday.",
            [(("narendra-modi", "joe-biden", "rishi-sunak"), "summit", "occurred", "2023-09-09")],
        ),
    ],
)
def test_a_host_greets_the_leaders_a_list_names(
    text: str, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, dt.date(2023, 9, 10)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "President Carter will confer tomorrow with Chancellor Helmut Schmidt in Bonn.",
            dt.date(1978, 1, 5),
            [(("jimmy-carter", "helmut-schmidt"), "visit", "planned", "1978-01-06")],
        ),
        (
            "Helmut Kohl confers with Francois Mitterrand in Paris on Friday.",
            dt.date(1984, 5, 23),
            [(("helmut-kohl", "francois-mitterrand"), "visit", "planned", "1984-05-25")],
        ),
    ],
)
def test_confer_with_is_a_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Chancellor Schmidt is expected to consult with President Giscard d'Estaing in Hamburg on Friday.",
            dt.date(1978, 2, 7),
            [(("helmut-schmidt", "valery-giscard-d-estaing"), "visit", "planned", "1978-02-10")],
        ),
        (
            "Helmut Kohl consulted with Francois Mitterrand by telephone on Sunday.",
            dt.date(1984, 5, 23),
            [(("helmut-kohl", "francois-mitterrand"), "call", "occurred", "1984-05-20")],
        ),
        ("Helmut Kohl consulted with his cabinet in Bonn on Sunday.", dt.date(1984, 5, 23), []),
    ],
)
def test_consult_with_is_a_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    """ "Consult with", like "confer with", is a meeting verb; with no leader after it, there is no meeting."""
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Putin met Xi in Beijing on Monday, and their foreign ministers will meet in Moscow next week.",
            dt.date(2024, 5, 17),
            [(("vladimir-putin", "xi-jinping"), "visit", "occurred", "2024-05-13")],
        ),
        (
            "Modi hosted Albanese on Friday, and their trade ministers are also to meet in Delhi in June.",
            dt.date(2024, 5, 18),
            [(("narendra-modi", "anthony-albanese"), "visit", "occurred", "2024-05-17")],
        ),
        (  # "who" after the ministers: they are the ones meeting
            "Putin spoke to Xi on Monday, and said their defence ministers, who will be meeting in Beijing next week, "
            "would settle the date of his visit.",
            dt.date(2024, 5, 17),
            [(("vladimir-putin", "xi-jinping"), "meeting", "occurred", "2024-05-13")],
        ),
        (
            "Lula and Boric agreed that their envoys, who are meeting in Lima, should report by June.",
            dt.date(2024, 5, 17),
            [],
        ),
        (  # coordinated with a leader, the aides' leader meets too
            "Biden and his aides met Xi in Woodside on Wednesday.",
            dt.date(2023, 11, 17),
            [(("joe-biden", "xi-jinping"), "visit", "occurred", "2023-11-15")],
        ),
    ],
)
def test_people_who_are_no_leaders_meet_without_them(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # not a meeting of Petro with each name after "meeting"
            "On Friday the accord was signed in Bogota by Petro, who was host to the meeting, Boric and Arce.",
            dt.date(2024, 10, 19),
            [],
        ),
        (  # the host's own verb still tells a meeting
            "Petro, as host of the summit, welcomed Boric in Cartagena on Friday.",
            dt.date(2024, 10, 19),
            [(("gustavo-petro", "gabriel-boric"), "visit", "occurred", "2024-10-18")],
        ),
    ],
)
def test_the_host_of_the_meeting_names_no_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "their talks" are the visit told before: no place in Moscow keeps them apart
            "Putin met Xi in Beijing on Monday. Their talks ended without agreement, and the two countries' "
            "ministers are to meet in Moscow later this month.",
            dt.date(2024, 5, 17),
            [(("vladimir-putin", "xi-jinping"), "visit", "occurred", "2024-05-13")],
        ),
        (
            "Lula received Petro in Brasilia on Tuesday. Their talks lasted three hours, and Petro later addressed "
            "students at a university in Bogota.",
            dt.date(2023, 7, 13),
            [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "visit", "occurred", "2023-07-11")],
        ),
    ],
)
def test_a_place_in_the_next_conjunct_is_not_the_meeting_s(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Officials expect Modi to hold talks with Xi Jinping in Tianjin on Sunday.",
            dt.date(2025, 8, 27),
            [(("narendra-modi", "xi-jinping"), "visit", "planned", "2025-08-31")],
        ),
        (
            "Diplomats expect Lula to meet Macron at the Elysee on Friday.",
            dt.date(2024, 6, 19),
            [(("luiz-inacio-lula-da-silva", "emmanuel-macron"), "visit", "planned", "2024-06-21")],
        ),
        (  # a passive of preparing is a future too
            "Talks between Modi and Putin are being prepared for Monday.",
            dt.date(2025, 8, 27),
            [(("narendra-modi", "vladimir-putin"), "meeting", "planned", "2025-09-01")],
        ),
        (  # an infinitive coordinated with a planned one: "was due to A, and to B"
            "Lula was due to address the parliament in Lisbon later in the day, and to end the tour with talks in "
            "Madrid with Pedro Sanchez on Thursday.",
            dt.date(2023, 4, 24),
            [(("luiz-inacio-lula-da-silva", "pedro-sanchez"), "visit", "planned", "2023-04-27")],
        ),
        (  # an infinitive of purpose after a past verb stays past
            "Lula flew to Lisbon on Monday to address the parliament, and to hold talks with Antonio Costa.",
            dt.date(2023, 4, 26),
            [(("luiz-inacio-lula-da-silva", "antonio-costa"), "visit", "occurred", "2023-04-24")],
        ),
    ],
)
def test_what_others_expect_or_prepare_is_planned(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Macron and Scholz both met Xi Jinping in Beijing in April.",
            dt.date(2023, 6, 1),
            [
                (("emmanuel-macron", "xi-jinping"), "visit", "occurred", "2023-04"),
                (("olaf-scholz", "xi-jinping"), "visit", "occurred", "2023-04"),
            ],
        ),
        (
            "Lula and Petro each held talks with Biden on Tuesday.",
            dt.date(2023, 9, 21),
            [
                (("luiz-inacio-lula-da-silva", "joe-biden"), "meeting", "occurred", "2023-09-19"),
                (("gustavo-petro", "joe-biden"), "meeting", "occurred", "2023-09-19"),
            ],
        ),
        (  # no word of each: one meeting of all three
            "Lula and Petro held talks with Biden on Tuesday.",
            dt.date(2023, 9, 21),
            [(("luiz-inacio-lula-da-silva", "gustavo-petro", "joe-biden"), "summit", "occurred", "2023-09-19")],
        ),
    ],
)
def test_each_of_a_subject_meets_on_their_own(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Orbán and Vučić both met Xi in Beijing last October, when they attended the Belt and Road Forum.",
            dt.date(2024, 4, 30),
            [
                (("viktor-orban", "xi-jinping"), "visit", "occurred", "2023-10"),
                (("aleksandar-vucic", "xi-jinping"), "visit", "occurred", "2023-10"),
            ],
        ),
        (
            "Sunak and Albanese each held talks with Biden in Hiroshima in May, when they attended the G7 summit.",
            dt.date(2023, 10, 5),
            [
                (("rishi-sunak", "joe-biden"), "meeting", "occurred", "2023-05"),
                (("anthony-albanese", "joe-biden"), "meeting", "occurred", "2023-05"),
            ],
        ),
    ],
)
def test_attending_in_a_when_clause_is_the_setting_of_the_meeting_told(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Trump and Xi sit down on Saturday to revive trade talks that collapsed in May.",
            dt.date(2019, 6, 27),
            [(("donald-trump", "xi-jinping"), "meeting", "planned", "2019-06-29")],
        ),
        (
            "Biden met Xi in Woodside on Wednesday in a bid to salvage climate talks that stalled in August.",
            dt.date(2023, 11, 17),
            [(("joe-biden", "xi-jinping"), "visit", "occurred", "2023-11-15")],
        ),
    ],
)
def test_talks_revived_or_salvaged_are_a_process_no_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Petro hosted Lula in Bogota on Monday; the two agreed to continue meetings and consultations on the "
            "river border.",
            dt.date(2024, 5, 15),
            [(("gustavo-petro", "luiz-inacio-lula-da-silva"), "visit", "occurred", "2024-05-13")],
        ),
        ("Scholz and Macron pledged to keep up their regular meetings on energy.", dt.date(2024, 3, 8), []),
        ("Albanese said he would maintain frequent exchanges of views with Luxon.", dt.date(2024, 3, 8), []),
        ("Scholz and Macron pursued their regular meetings on energy.", dt.date(2024, 3, 8), []),
        ("Albanese and Luxon are sustaining their meetings on trade.", dt.date(2024, 3, 8), []),
        (  # a time of their own: a meeting
            "Scholz and Macron will continue their meetings on Friday.",
            dt.date(2024, 5, 15),
            [(("olaf-scholz", "emmanuel-macron"), "meeting", "planned", "2024-05-17")],
        ),
        (  # no continuing verb: a meeting
            "Macron will hold meetings with Scholz in Berlin next week.",
            dt.date(2024, 3, 8),
            [(("emmanuel-macron", "olaf-scholz"), "visit", "planned", "2024-03-11/2024-03-17")],
        ),
    ],
)
def test_meetings_that_go_on_are_a_process_no_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the summit prepared is a gathering of its own, no planned visit of the two to Manaus
            "Lula met Petro in Bogota on Saturday to prepare the Rainforest summit in Manaus in October.",
            [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "visit", "occurred", "2023-07-08")],
        ),
        (
            "Macron met Ruto in Paris on Monday to lay the groundwork for the ocean summit in Nice next month.",
            [(("emmanuel-macron", "william-ruto"), "visit", "occurred", "2023-07-03")],
        ),
        (  # a summit of their own, titled by no word: their gathering
            "Lula and Petro will hold a summit in Belem next month.",
            [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "visit", "planned", "2023-08")],
        ),
        (  # a meeting at the titled summit is theirs
            "Lula will meet Petro at the Rainforest summit in Manaus in October.",
            [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "meeting", "planned", "2023-10")],
        ),
    ],
)
def test_a_summit_titled_by_its_own_word_is_a_gathering(
    text: str, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, dt.date(2023, 7, 9)) == expected


def test_a_meeting_ahead_of_a_summit_is_not_at_its_place() -> None:
    (meeting,) = de_parse(
        "Lula met Petro on Saturday ahead of the G20 summit in Rio next month.", "2023-07-09"
    ).meetings
    assert meeting.place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mitterrand said both he and Kohl will attend the army manoeuvres near Munich on September 24.",
            [(("francois-mitterrand", "helmut-kohl"), "meeting", "planned", "1987-09-24")],
        ),
        (
            "Both Kohl and Thatcher will attend the regatta at Kiel on Friday.",
            [(("helmut-kohl", "margaret-thatcher"), "meeting", "planned", "1987-04-03")],
        ),
        ("Kohl will attend the army manoeuvres near Munich on September 24.", []),  # one leader
        ("Kohl and Thatcher will both attend the economic forum in Davos on Friday.", []),  # a gathering of many
        ("Kohl and Thatcher will both attend the NATO summit in Brussels on Friday.", []),  # a summit's attendees
    ],
)
def test_two_leaders_who_both_attend_one_event_meet_there(
    text: str, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, dt.date(1987, 3, 29)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Li Qiang, in Canberra on Monday for the annual leaders' meeting with Albanese, toured a lithium plant.",
            dt.date(2024, 6, 19),
            [(("li-qiang", "anthony-albanese"), "visit", "occurred", "2024-06-17")],
        ),
        (
            "On Tuesday Kishida held the annual leaders' summit with Modi in New Delhi.",
            dt.date(2022, 3, 24),
            [(("fumio-kishida", "narendra-modi"), "visit", "occurred", "2022-03-22")],
        ),
        ("Putin holds annual meetings with Lukashenko.", dt.date(2024, 6, 19), []),  # a habit: no meeting
    ],
)
def test_the_annual_leaders_meeting_is_one_edition(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the relative clause speaks of the second; the verb's subject is both
            "Anthony Albanese and Christopher Luxon, who was his guest in Canberra in August, are expected to meet "
            "in Apia tomorrow.",
            dt.date(2024, 10, 23),
            [  # the guest's visit is the relative clause's own event, in its own tense
                (("christopher-luxon", "anthony-albanese"), "visit", "occurred", "2024-08"),
                (("anthony-albanese", "christopher-luxon"), "meeting", "planned", "2024-10-24"),
            ],
        ),
        (
            "Lula and Gustavo Petro, who flew in overnight, met on Tuesday at the Itamaraty palace.",
            dt.date(2023, 8, 10),
            [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "meeting", "occurred", "2023-08-08")],
        ),
    ],
)
def test_a_relative_clause_before_the_verb_is_an_aside(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the phrase's own subordinate clause neither takes the subject nor dates the welcome
            "Cyril Ramaphosa, hosting his last gathering as chair before he steps down on June 14, welcomed William "
            "Ruto and Yoweri Museveni to Pretoria.",
            dt.date(2024, 5, 30),
            [(("cyril-ramaphosa", "william-ruto", "yoweri-museveni"), "summit", "occurred", None)],
        ),
        (  # a person named inside the phrase is not the subject
            "Ruto, hosting his first summit since he took office from Uhuru Kenyatta, welcomed Yoweri Museveni and "
            "Samia Suluhu Hassan.",
            dt.date(2023, 5, 30),
            [
                (
                    ("william-ruto", "yoweri-museveni", "samia-suluhu-hassan"),
                    "summit",
                    "occurred",
                    "2023-05-29/2023-05-30",
                )
            ],
        ),
        (  # an opening clause's time is still the verb's when nothing else dates it
            "After the ministers met on Monday, Cyril Ramaphosa received William Ruto at the Union Buildings.",
            dt.date(2024, 5, 30),
            [(("cyril-ramaphosa", "william-ruto"), "visit", "occurred", "2024-05-27")],
        ),
    ],
)
def test_a_participial_phrase_before_the_verb_is_an_aside(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Chancellor Konrad Adenauer conferred for two and one-half hours today with President John F. Kennedy.",
            dt.date(1963, 6, 24),
            [(("konrad-adenauer", "john-f-kennedy"), "meeting", "occurred", "1963-06-24")],
        ),
        (
            "Macron spoke for an hour with Merkel on Monday.",
            dt.date(2019, 6, 26),
            [(("emmanuel-macron", "angela-merkel"), "meeting", "occurred", "2019-06-24")],
        ),
        (
            "Chancellor Konrad Adenauer negotiated for six hours on Monday with President Charles de Gaulle.",
            dt.date(1963, 6, 26),
            [(("konrad-adenauer", "charles-de-gaulle"), "meeting", "occurred", "1963-06-24")],
        ),
        (
            "President Lyndon Johnson conferred yesterday with Prime Minister Harold Wilson in Washington.",
            dt.date(1964, 12, 8),
            [(("lyndon-b-johnson", "harold-wilson"), "visit", "occurred", "1964-12-07")],
        ),
        (
            "Chancellor Ludwig Erhard conferred again today with President Charles de Gaulle.",
            dt.date(1964, 7, 4),
            [(("ludwig-erhard", "charles-de-gaulle"), "meeting", "occurred", "1964-07-04")],
        ),
    ],
)
def test_a_length_of_time_between_verb_and_with(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Modi held his first meeting of the trip with Moon Jae-in on Friday.",
            dt.date(2019, 2, 24),
            [(("narendra-modi", "moon-jae-in"), "meeting", "occurred", "2019-02-22")],
        ),
        (
            "Modi's last meeting today will be with Sunak.",
            dt.date(2023, 5, 20),
            [(("narendra-modi", "rishi-sunak"), "meeting", "planned", "2023-05-20")],
        ),
        (
            "Albanese's first phone call of the morning was with Kishida on Friday.",
            dt.date(2023, 5, 20),
            [(("anthony-albanese", "fumio-kishida"), "call", "occurred", "2023-05-19")],
        ),
        ("Modi's meeting was a success, with Sunak praising it.", dt.date(2023, 5, 20), []),  # a comma ends it
        ("The meeting of the council with Sunak was put off.", dt.date(2023, 5, 20), []),  # one side
    ],
)
def test_a_meeting_nouns_of_phrase_or_copula_before_with(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Fumio Kishida spoke with Joe Biden for an hour on Thursday night Washington time, Friday morning in "
            "Tokyo.",
            dt.date(2023, 11, 20),
            [(("fumio-kishida", "joe-biden"), "call", "occurred", "2023-11-16")],
        ),
        (
            "Lula and Xi Jinping talked on Tuesday evening Brasilia time, Wednesday morning in Beijing.",
            dt.date(2023, 11, 24),
            [(("luiz-inacio-lula-da-silva", "xi-jinping"), "call", "occurred", "2023-11-21")],
        ),
        (  # one clock only: told for readers elsewhere, no call
            "Fumio Kishida spoke with Joe Biden in Tokyo for an hour on Friday, Tokyo time.",
            dt.date(2023, 11, 20),
            [(("fumio-kishida", "joe-biden"), "visit", "occurred", "2023-11-17")],
        ),
    ],
)
def test_a_talk_told_on_two_clocks_is_a_call(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Modi will meet Olaf Scholz and call on Frank-Walter Steinmeier on Thursday.",
            dt.date(2024, 8, 20),
            [
                (("narendra-modi", "olaf-scholz"), "meeting", "planned", "2024-08-22"),
                (("narendra-modi", "frank-walter-steinmeier"), "meeting", "planned", "2024-08-22"),
            ],
        ),
        (  # urging, not a visit
            "Modi will meet Olaf Scholz and call on Frank-Walter Steinmeier to back the plan.",
            dt.date(2024, 8, 20),
            [(("narendra-modi", "olaf-scholz"), "meeting", "planned", None)],
        ),
    ],
)
def test_and_call_on_is_a_second_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Kishida flew to Delhi in March for their annual talks with Narendra Modi.",
            dt.date(2024, 8, 20),
            [(("fumio-kishida", "narendra-modi"), "visit", "occurred", "2024-03")],
        ),
        (
            "Modi was in Moscow on July 8 and 9 for his annual summit with Vladimir Putin.",
            dt.date(2024, 8, 20),
            [(("narendra-modi", "vladimir-putin"), "visit", "occurred", "2024-07-08/2024-07-09")],
        ),
        ("Modi holds his annual meetings with Vladimir Putin in Moscow.", dt.date(2024, 8, 20), []),  # a habit
        (  # a named owner, like "his"
            "Olaf Scholz was in Beijing on Tuesday for the chancellor's annual talks with Li Qiang.",
            dt.date(2024, 4, 20),
            [(("olaf-scholz", "li-qiang"), "visit", "occurred", "2024-04-16")],
        ),
        (
            "Olaf Scholz was in Beijing on Tuesday for Germany's annual talks with Li Qiang.",
            dt.date(2024, 4, 20),
            [(("olaf-scholz", "li-qiang"), "visit", "occurred", "2024-04-16")],
        ),
        # no journey made for it: the custom, not one edition
        ("Olaf Scholz's annual talks with Li Qiang were cut to a single day.", dt.date(2024, 4, 20), []),
        ("The chancellor's annual talks with Li Qiang are held in spring.", dt.date(2024, 4, 20), []),
        ("Scholz flew home on Tuesday from Germany's annual summits with China.", dt.date(2024, 4, 20), []),
    ],
)
def test_a_journey_for_his_annual_summit_is_one_edition(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "on" right before an owned place: where they met, not what was talked of
            "Erdogan talked on Putin's yacht off Sochi on Monday.",
            dt.date(2024, 1, 10),
            [(("recep-tayyip-erdogan", "vladimir-putin"), "meeting", "occurred", "2024-01-08")],
        ),
        (
            "Nasser talked on Tito's yacht off Brioni on Wednesday.",
            dt.date(1956, 7, 20),
            [(("gamal-abdel-nasser", "josip-broz-tito"), "meeting", "occurred", "1956-07-18")],
        ),
        ("Macron spoke on Biden's plan for Gaza on Monday.", dt.date(2024, 1, 10), []),  # a thing owned
        ("Erdogan met on Putin's invitation on Monday.", dt.date(2024, 1, 10), []),
        ("Scholz welcomed on Monday Biden's new palace policy.", dt.date(2024, 1, 10), []),  # "on" not his
        ("Biden called Xi's yacht a marvel.", dt.date(2024, 1, 10), []),
    ],
)
def test_on_a_leader_s_own_place_he_is_met(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the year makes them leaders of then, who the meeting is between: no reference back
            "Obama recalled that famous meeting in 1945 between Franklin D. Roosevelt and King Abdulaziz.",
            dt.date(2010, 3, 1),
            [(("franklin-d-roosevelt", "abdulaziz-ibn-saud"), "meeting", "occurred", "1945-01-01/1945-12-31")],
        ),
        (
            "Obama recalled the meeting that took place in 1945 between Franklin D. Roosevelt and Winston Churchill.",
            dt.date(2010, 3, 1),
            [(("franklin-d-roosevelt", "winston-churchill"), "meeting", "occurred", "1945-01-01/1945-12-31")],
        ),
        ("Obama recalled that famous meeting in 1945 with warmth.", dt.date(2010, 3, 1), []),  # told before
        ("Tariffs in 2019 between the two economies rose sharply.", dt.date(2020, 3, 1), []),
    ],
)
def test_a_meeting_in_a_year_between_leaders_of_then(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Lula is expected to see Xi Jinping again in Beijing later this month.",
            dt.date(2023, 10, 2),
            [(("luiz-inacio-lula-da-silva", "xi-jinping"), "visit", "planned", "2023-10-03/2023-10-31")],
        ),
        (
            "Lula said he expects to see Xi Jinping in Beijing next week.",
            dt.date(2023, 10, 2),
            [(("luiz-inacio-lula-da-silva", "xi-jinping"), "visit", "planned", "2023-10-09/2023-10-15")],
        ),
        ("Lula expects to see the results of the reform in Brasilia next year.", dt.date(2023, 10, 2), []),
    ],
)
def test_expected_to_see_a_leader_is_a_planned_meeting(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Lula met Xi Jinping in Beijing on Tuesday at the Belt and Road Forum.",
            dt.date(2023, 10, 19),
            [("Belt and Road Forum", "2023-10-17", "2023-10-18")],
        ),
        (
            "After a long gap, the North American Leaders' Summit opened in Mexico City on Monday.",
            dt.date(2023, 1, 10),
            [("North American Leaders' Summit", "2023-01-09", "2023-01-09")],
        ),
        ("The Pacific Islands Forum said on Monday that the talks would go on.", dt.date(2023, 10, 2), []),
    ],
)
def test_a_series_named_for_its_gathering_is_a_summit(
    text: str, published: dt.date, expected: list[tuple[str, ...]]
) -> None:
    summits = de_parse(text, published).summits
    assert [(s.name, str(s.date.start), str(s.date.end)) for s in summits if s.date is not None] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the head of state the sentence names hosts a head of state's state visit
            "In May 2011 Queen Elizabeth II made a state visit to Ireland at the invitation of President Mary "
            "McAleese.",
            dt.date(2012, 5, 2),
            [(("elizabeth-ii", "mary-mcaleese"), "visit", "occurred", "2011-05")],
        ),
        (  # none named: the head of government, as for other visits
            "In May 2011 Queen Elizabeth II made a historic state visit to Ireland.",
            dt.date(2012, 5, 2),
            [(("elizabeth-ii", "enda-kenny"), "visit", "occurred", "2011-05")],
        ),
        (  # a prime minister's state visit: the prime minister there hosts
            "Sheikh Hasina paid a state visit to India in April 2017, when Pranab Mukherjee was president.",
            dt.date(2024, 7, 2),
            [(("sheikh-hasina", "narendra-modi"), "visit", "occurred", "2017-04")],
        ),
        (
            "Queen Elizabeth II paid a state visit to India in October 1997, when K. R. Narayanan was president.",
            dt.date(2024, 7, 2),
            [(("elizabeth-ii", "k-r-narayanan"), "visit", "occurred", "1997-10")],
        ),
    ],
)
def test_a_state_visit_is_hosted_by_the_head_of_state_the_sentence_names(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Southeast Asian leaders signed a power-grid pact on Tuesday, as ASEAN closed a two-day summit in the "
            "Malaysian capital.",
            dt.date(2025, 10, 28),
            [("ASEAN summit", "2025-10-26", "2025-10-28")],
        ),
        (
            "NATO opened its summit in The Hague on Tuesday.",
            dt.date(2025, 6, 25),
            [("NATO summit", "2025-06-24", "2025-06-24")],
        ),
        ("ASEAN closed its secretariat in the capital on Tuesday.", dt.date(2025, 10, 28), []),
    ],
)
def test_an_organization_that_holds_a_summit_names_it(
    text: str, published: dt.date, expected: list[tuple[str, ...]]
) -> None:
    summits = de_parse(text, published).summits
    assert [(s.name, str(s.date.start), str(s.date.end)) for s in summits if s.date is not None] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Joe Biden says he would be "prepared to speak with Mr. Putin if in fact there is an interest in peace."',
        "Olaf Scholz would be ready to talk to Vladimir Putin if the shelling stopped.",
    ],
)
def test_a_condition_after_a_quoted_modal_phrase_is_no_plan(text: str) -> None:
    assert meetings(text, dt.date(2022, 12, 1)) == []


def _leaders(text: str, published: str) -> list[set[str]]:
    """The participants' names of each meeting the parser finds."""
    return [{p.name for p in m.participants} for m in de_parse(text, published).meetings]


@pytest.mark.parametrize(
    ("text", "published", "guest"),
    [
        ("Obama met His Majesty King Hamad at the White House on Tuesday.", "2010-06-29", "Hamad bin Isa Al Khalifa"),
        (
            "Obama received His Majesty King Abdullah of Saudi Arabia at the White House on Monday.",
            "2010-06-29",
            "Abdullah bin Abdulaziz",
        ),
    ],
)
def test_a_title_after_an_honorific_is_no_family_name(text: str, published: str, guest: str) -> None:
    # "King" is also the family name of Saint Lucia's prime minister of 2010
    assert _leaders(text, published) == [{"Barack Obama", guest}]


@pytest.mark.parametrize(
    "text",
    [
        "From Caracas, Chavez flew to Russia's northern port of Arkhangelsk to see a shipyard.",
        "Lula flew to Madrid on Sunday to see a football final.",
    ],
)
def test_a_trip_to_see_a_thing_names_no_counterpart(text: str) -> None:
    assert de_parse(text, "2009-01-28").meetings == ()


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        ("Modi flew to Tokyo to meet his counterpart on Monday.", "2023-07-12", {"Narendra Modi", "Fumio Kishida"}),
        (
            "Putin traveled to Minsk on Friday to meet their leader.",
            "2024-05-20",
            {"Vladimir Putin", "Alexander Lukashenko"},
        ),
    ],
)
def test_a_trip_to_meet_someone_named_after_it_is_a_visit(text: str, published: str, pair: set[str]) -> None:
    assert pair in _leaders(text, published)


@pytest.mark.parametrize(
    ("text", "published", "pair", "days"),
    [
        (
            "Lula arrived in Hanoi on Sunday for a three-day visit.",
            "2023-09-20",
            {"Luiz Inácio Lula da Silva", "Pham Minh Chinh"},
            ("2023-09-17", "2023-09-19"),
        ),
        (
            "Xi Jinping flew to Pyongyang on Thursday on a two-day visit, his first as president.",
            "2019-06-25",
            {"Xi Jinping", "Kim Jong Un"},
            ("2019-06-20", "2019-06-20"),  # a flight's day: only an arrival starts the days counted
        ),
    ],
)
def test_a_trip_for_a_visit_of_some_days_visits_the_leader_there(
    text: str, published: str, pair: set[str], days: tuple[str, str]
) -> None:
    [meeting] = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.kind is MeetingKind.VISIT and meeting.status is Status.OCCURRED
    assert meeting.date is not None and (meeting.date.start.isoformat(), meeting.date.end.isoformat()) == days
    assert "build.visit-of-days" in meeting.explanation.rules


@pytest.mark.parametrize(
    "text",
    [
        "Modi arrived in Varanasi on Thursday for a two-day visit.",  # his own country: no host
        "Xi Jinping arrived in Pyongyang on Thursday for a visit.",  # no length, no formal visit: a bare trip
    ],
)
def test_a_trip_for_a_visit_of_no_length_or_at_home_names_no_host(text: str) -> None:
    assert de_parse(text, "2019-06-25").meetings == ()


@pytest.mark.parametrize(
    ("text", "status", "host", "day"),
    [
        (
            "Prime Minister Imran Khan left for Riyadh on Monday on a two-day official visit.",
            Status.OCCURRED,
            "SAU",
            10,
        ),
        ("President Joko Widodo departed for Tokyo on Tuesday for a state visit.", Status.OCCURRED, "JPN", 11),
        ("President Xi Jinping reached Kathmandu on Saturday on a state visit.", Status.OCCURRED, "NPL", 8),
        ("Prime Minister Narendra Modi will leave for Thimphu on Friday on a state visit.", Status.PLANNED, "BTN", 14),
        ("President Xi Jinping was in Kathmandu on Saturday on a state visit.", Status.OCCURRED, "NPL", 8),
        ("President Xi Jinping will be in Madrid on Tuesday on a state visit.", Status.PLANNED, "ESP", 18),
    ],
)
def test_a_departure_for_a_formal_visit_goes_to_its_host(text: str, status: Status, host: str, day: int) -> None:
    """ "left for X", "departed for X", "reached X" on a state or official visit: a visit to X's leader that day."""
    [meeting] = de_parse(text, "2019-06-12").meetings
    assert meeting.kind is MeetingKind.VISIT and meeting.status is status and meeting.host is not None
    assert meeting.host.code == host and {p.country.code for p in meeting.participants} > {host}
    assert meeting.date is not None and meeting.date.start == dt.date(2019, 6, day)


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Angela Merkel left for Osaka on Thursday.",  # a bare departure
        "President Emmanuel Macron reached an agreement on fishing rights on Monday.",  # no place reached
        "Prime Minister Scott Morrison left for home on Sunday after a state visit.",  # home: no host
        "Chancellor Angela Merkel was in Paris on Monday.",  # a stay, no formal visit
        "Prime Minister Theresa May was in Brussels on Monday for talks with EU officials.",  # no leader to host her
    ],
)
def test_a_departure_with_no_formal_visit_abroad_is_no_meeting(text: str) -> None:
    assert de_parse(text, "2019-06-12").meetings == ()


@pytest.mark.parametrize(
    ("text", "status", "pair"),
    [
        (
            "After two days in Nairobi, Raisi flew on to Kampala for a state visit.",
            Status.OCCURRED,
            {"Ebrahim Raisi", "Yoweri Museveni"},
        ),
        (
            "Raisi is due to travel on to Uganda on Wednesday to meet President Museveni.",
            Status.PLANNED,
            {"Ebrahim Raisi", "Yoweri Museveni"},
        ),
    ],
)
def test_a_trip_on_to_the_next_stop_goes_there(text: str, status: Status, pair: set[str]) -> None:
    [meeting] = de_parse(text, "2023-07-11").meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.kind is MeetingKind.VISIT and meeting.status is status
    assert meeting.place is not None and meeting.place.country.code == "UGA"


@pytest.mark.parametrize(
    ("text", "published", "pair", "status"),
    [
        (
            "Obama made a three-day state visit in May 2011 at the invitation of Queen Elizabeth II.",
            "2016-04-20",
            {"Barack Obama", "Elizabeth II"},
            Status.OCCURRED,
        ),
        (
            "At the invitation of President Xi Jinping, Lula will pay a state visit next month.",
            "2023-03-10",
            {"Luiz Inácio Lula da Silva", "Xi Jinping"},
            Status.PLANNED,
        ),
    ],
)
def test_a_visit_at_the_invitation_of_a_leader_visits_that_leader(
    text: str, published: str, pair: set[str], status: Status
) -> None:
    [meeting] = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.kind is MeetingKind.VISIT and meeting.status is status
    assert "build.visit-at-invitation" in meeting.explanation.rules


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        # a destination of its own: the visit goes there, whoever invited
        ("Lula paid a state visit to Portugal in April at the invitation of President Xi Jinping.", ["PRT"]),
        ("Lula paid a state visit in April at the invitation of a business group.", []),  # no leader invites
    ],
)
def test_an_invitation_gives_a_visit_no_host_it_names_otherwise(text: str, hosts: list[str]) -> None:
    meetings = de_parse(text, "2023-06-01").meetings
    assert [m.host.code if m.host else None for m in meetings] == hosts
    assert all("Xi Jinping" not in {p.name for p in m.participants} for m in meetings)


@pytest.mark.parametrize(
    ("text", "published", "group"),
    [
        (
            "Macron spoke to the leaders of Spain, Poland and Canada on Sunday.",
            "2025-05-19",
            {"Emmanuel Macron", "Pedro Sánchez", "Donald Tusk", "Mark Carney"},
        ),
        (
            "Scholz talked with the presidents of Finland and Estonia by phone on Monday evening.",
            "2023-03-07",
            {"Olaf Scholz", "Sauli Niinistö", "Alar Karis"},
        ),
    ],
)
def test_speaking_to_the_leaders_of_a_list_is_one_conversation(text: str, published: str, group: set[str]) -> None:
    assert _leaders(text, published) == [group]


def test_speaking_separately_to_the_leaders_of_a_list_is_one_conversation_each() -> None:
    text = "Putin spoke separately to the presidents of Turkey and Iran on Wednesday."
    assert _leaders(text, "2025-05-19") == [
        {"Vladimir Putin", "Recep Tayyip Erdogan"},
        {"Vladimir Putin", "Masoud Pezeshkian"},
    ]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "In September 1960 Nasser and Nehru held talks in New York, during the 15th UN General Assembly.",
            "2009-01-28",
            "1960-09-01",
            "1960-09-30",
        ),
        (
            "Sukarno and Nasser talked in October 1960 during the UN General Assembly.",
            "1961-02-01",
            "1960-10-01",
            "1960-10-31",
        ),
        (
            "Modi met Biden in New York on Friday during the 78th UN General Assembly.",
            "2023-09-25",
            "2023-09-18",
            "2023-09-26",
        ),
    ],
)
def test_a_meeting_during_an_assembly_names_its_session(text: str, published: str, start: str, end: str) -> None:
    result = de_parse(text, published)
    [summit] = result.summits
    assert summit.organization == "UNGA" and summit.date is not None
    assert (summit.date.start.isoformat(), summit.date.end.isoformat()) == (start, end)
    [meeting] = result.meetings
    assert meeting.summit == summit.name


def test_a_plan_told_the_day_after_an_edition_closed_is_at_that_edition() -> None:
    text = (
        "Biden is due to hold talks with Trudeau today as he rounds off his stay at the North American Leaders' Summit."
    )
    [summit] = de_parse(text, "2023-01-11").summits
    assert summit.organization == "NALS" and summit.date is not None
    assert (summit.date.start.isoformat(), summit.status) == ("2023-01-09", Status.OCCURRED)


@pytest.mark.parametrize(
    ("text", "published", "pair", "year"),
    [
        (
            "We fondly remember the royal State Visit to Ghana by Her Majesty Queen Elizabeth in 1961.",
            "1997-11-04",
            {"Elizabeth II", "Kwame Nkrumah"},
            1961,
        ),
        (
            "The visit to Paris by Lula last June was a success.",
            "2025-03-04",
            {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
            2024,
        ),
    ],
)
def test_a_visit_to_a_place_by_a_leader_is_the_leaders_visit(
    text: str, published: str, pair: set[str], year: int
) -> None:
    [visit] = de_parse(text, published).meetings
    assert {p.name for p in visit.participants} == pair
    assert visit.kind is MeetingKind.VISIT and visit.date is not None and visit.date.start.year == year


@pytest.mark.parametrize(
    "text",
    [
        "The trip to Kenya by Lula last June was short.",  # a bare trip
        "It was the first visit to Peru by a German chancellor in thirty years.",  # anyone of that office
    ],
)
def test_a_visit_to_a_place_by_no_one_named_is_no_meeting(text: str) -> None:
    assert de_parse(text, "2025-03-04").meetings == ()


@pytest.mark.parametrize(
    ("text", "pair", "host"),
    [
        (
            "Putin renewed to Erdogan his invitation to pay an official visit to Russia.",
            {"Vladimir Putin", "Recep Tayyip Erdogan"},
            "RUS",
        ),
        (
            "The emir extended to the Turkish president an invitation to visit Doha.",
            {"Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"},
            "QAT",
        ),
    ],
)
def test_an_invitation_s_guest_may_stand_before_it_after_to(text: str, pair: set[str], host: str) -> None:
    [visit] = de_parse(text, "2018-04-11").meetings
    assert {p.name for p in visit.participants} == pair
    assert visit.host is not None
    assert (visit.kind, visit.status, visit.host.code) == (MeetingKind.VISIT, PLANNED, host)


@pytest.mark.parametrize(
    "text",
    [
        "A state visit to Japan by Lula, planned for the spring, is put off because of the floods.",
        "The summit between Lula and Kishida, scheduled for June, was called off.",
    ],
)
def test_a_meeting_put_off_after_a_participial_phrase_did_not_happen(text: str) -> None:
    assert de_parse(text, "2024-06-01").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Lula and Kishida, which was set for Friday, June 7, at 10:00, in Tokyo, was cancelled "
        "at short notice.",
        "Talks between Chancellor Scholz and President Duda, which had been planned for Tuesday in Warsaw, have "
        "been called off.",
    ],
)
def test_a_meeting_called_off_after_a_relative_clause_did_not_happen(text: str) -> None:
    assert de_parse(text, "2024-06-07").meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Lula and Kishida, which was postponed in May, took place in Tokyo on Friday.",
        "The meeting between Lula and Kishida, which lasted an hour, covered trade, and the dinner was cancelled.",
    ],
)
def test_a_relative_clause_s_own_postponement_leaves_the_meeting(text: str) -> None:
    [meeting] = de_parse(text, "2024-06-07").meetings
    assert {p.name for p in meeting.participants} == {"Luiz Inácio Lula da Silva", "Fumio Kishida"}
    assert meeting.status is OCCURRED


@pytest.mark.parametrize(
    ("text", "pair", "aside"),
    [
        (
            "President Macron flew home on Monday. Apart from the Indian leader, Macron also held talks with "
            "President Lula.",
            {"Emmanuel Macron", "Luiz Inácio Lula da Silva"},
            "Narendra Modi",
        ),
        (
            "In addition to Kenyan President William Ruto, Chinese President Xi Jinping met Nigerian President Bola "
            "Tinubu in Beijing on Tuesday.",
            {"Xi Jinping", "Bola Tinubu"},
            "William Ruto",
        ),
        (
            "Like Chancellor Scholz, Prime Minister Meloni met President Zelensky in Kyiv on Tuesday.",
            {"Giorgia Meloni", "Volodymyr Zelensky"},
            "Olaf Scholz",
        ),
    ],
)
def test_a_leader_in_a_fronted_aside_is_not_the_subject(text: str, pair: set[str], aside: str) -> None:
    found = [{p.name for p in m.participants} for m in de_parse(text, "2024-09-03").meetings]
    assert pair in found
    assert not any(aside in people and len(people & pair) == 1 for people in found)  # no pair of the aside's


@pytest.mark.parametrize(
    "text",
    [
        "On behalf of President Emmanuel Macron, a minister greeted Kenyan President William Ruto at Orly on Tuesday.",
        "Kenyan President William Ruto was greeted at Orly on Tuesday in the name of President Emmanuel Macron.",
        "On May 2 the President of Ghana will be welcomed by the Duke and Duchess of Kent on behalf of the King, "
        "before they ride to Windsor together.",
    ],
)
def test_a_leader_represented_on_behalf_of_is_not_there(text: str) -> None:
    assert de_parse(text, "2023-05-03").meetings == ()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Kremlin is trying to reschedule the visit of the Turkish President Erdogan.",
            {"Recep Tayyip Erdogan", "Vladimir Putin"},
        ),
        (
            "The White House hopes to reschedule the visit of Prime Minister Benjamin Netanyahu soon.",
            {"Benjamin Netanyahu", "Donald Trump"},
        ),
    ],
)
def test_a_visit_with_no_destination_goes_to_the_subject_s_country(text: str, pair: set[str]) -> None:
    [visit] = de_parse(text, "2019-05-19").meetings
    assert {p.name for p in visit.participants} == pair
    assert (visit.kind, visit.status) == (MeetingKind.VISIT, PLANNED)


def test_a_matter_discussed_with_two_leaders_is_one_discussion() -> None:
    text = "After his arrival in Cairo yesterday, Nehru discussed the agenda with Tito and the Egyptian president."
    assert _leaders(text, "1956-07-20") == [{"Jawaharlal Nehru", "Josip Broz Tito", "Gamal Abdel Nasser"}]


def test_a_matter_discussed_separately_with_two_leaders_is_two_discussions() -> None:
    text = "Nehru discussed the agenda separately with Tito and Nasser in Cairo on Monday."
    assert _leaders(text, "1956-07-20") == [
        {"Jawaharlal Nehru", "Josip Broz Tito"},
        {"Jawaharlal Nehru", "Gamal Abdel Nasser"},
    ]


@pytest.mark.parametrize(
    ("text", "published", "three"),
    [
        (
            "Lula met Chancellor Olaf Scholz and President Emmanuel Macron at the Elysee on Friday.",
            "2023-06-25",
            {"Luiz Inácio Lula da Silva", "Olaf Scholz", "Emmanuel Macron"},
        ),
        (
            "Ramaphosa sat down with Prime Minister Narendra Modi of India and Brazil's Lula da Silva in "
            "Johannesburg on Wednesday.",
            "2023-08-25",
            {"Cyril Ramaphosa", "Narendra Modi", "Luiz Inácio Lula da Silva"},
        ),
        (
            "Kenyatta held a closed-door meeting with Presidents Paul Kagame of Rwanda and Yoweri Museveni of "
            "Uganda in Kigali on Sunday.",
            "2019-03-12",
            {"Uhuru Kenyatta", "Paul Kagame", "Yoweri Museveni"},
        ),
    ],
)
def test_one_leader_meeting_two_others_at_once_is_a_meeting_of_three(
    text: str, published: str, three: set[str]
) -> None:
    (meeting,) = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == three
    assert meeting.kind is MeetingKind.SUMMIT
    assert "build.met-together" in meeting.explanation.rules


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Macron met Olaf Scholz on Monday and Pedro Sanchez on Thursday.", "2023-06-25"),
        ("Xi met Joe Biden and Fumio Kishida separately in San Francisco on Wednesday.", "2023-11-17"),
        ("Modi held meetings with Anthony Albanese and Fumio Kishida in Hiroshima on Saturday.", "2023-05-21"),
        ("Nehru held talks with Mao Zedong and Premier Zhou Enlai in Peking on Monday.", "1954-10-22"),
        ("Biden met Rishi Sunak and Fumio Kishida on the sidelines of the G7 summit on Friday.", "2023-05-21"),
        ("On Sunday Lula met leaders such as Olaf Scholz and Emmanuel Macron in Paris.", "2023-06-26"),
        ("Lula is expected to meet Olaf Scholz and Emmanuel Macron in Paris next week.", "2023-06-14"),
        (
            "Scholz has spoken with President Emmanuel Macron and Premier Li Qiang to explain the new export rules.",
            "2023-09-04",
        ),
        ("Albanese talked with Chris Hipkins and Justin Trudeau on Tuesday about the cable project.", "2023-03-08"),
        (  # offices of a list, their holders named in brackets: met in turn, as offices are
            "Lula met the presidents of Kenya (William Ruto) and Ghana (Nana Akufo-Addo) in Brasilia on Monday.",
            "2023-08-22",
        ),
    ],
)
def test_two_leaders_met_apart_or_of_one_country_are_two_meetings(text: str, published: str) -> None:
    meetings = de_parse(text, published).meetings
    assert [len(m.participants) for m in meetings] == [2, 2]
    assert all("build.met-together" not in m.explanation.rules for m in meetings)


@pytest.mark.parametrize(
    ("text", "published", "pairs"),
    [
        (  # the list a plural noun of leaders "will include", the meetings' counterpart a description
            "Presidents due in Nairobi for the planned meetings with the Indian leader will include the presidents "
            "of Uganda (Yoweri Museveni) and Rwanda (Paul Kagame) and Tanzania's Samia Suluhu Hassan.",
            "2023-07-01",
            [
                {"Yoweri Museveni", "Narendra Modi"},
                {"Paul Kagame", "Narendra Modi"},
                {"Samia Suluhu Hassan", "Narendra Modi"},
            ],
        ),
        (  # ", including A and B," after the plural noun, "separate" talks
            "Lula lands in Luanda tonight. Several heads of state, including host Angolan President Joao Lourenco "
            "and Zambia's Hakainde Hichilema, are expected to hold separate talks with Lula on Saturday.",
            "2023-08-25",
            [
                {"João Lourenço", "Luiz Inácio Lula da Silva"},
                {"Hakainde Hichilema", "Luiz Inácio Lula da Silva"},
            ],
        ),
    ],
)
def test_leaders_included_among_those_meeting_one_meet_each_in_turn(
    text: str, published: str, pairs: list[set[str]]
) -> None:
    meetings = de_parse(text, published).meetings
    assert [{p.name for p in m.participants} for m in meetings] == pairs
    assert all(m.status is Status.PLANNED and "subject.included" in m.explanation.rules for m in meetings)


@pytest.mark.parametrize(
    ("text", "published"),
    [  # a hypothetical list; talks attended together; guests of a summit with no meeting word
        ("The leaders expected in Nairobi for the meetings with Modi would include Ruto and Museveni.", "2023-07-01"),
        ("Several leaders, including Ruto and Museveni, attended talks with Modi in Nairobi.", "2023-07-01"),
        ("The leaders expected in Nairobi for the summit are likely to include Ruto and Museveni.", "2023-07-01"),
    ],
)
def test_leaders_listed_with_no_meetings_of_each_are_not_included(text: str, published: str) -> None:
    meetings = de_parse(text, published).meetings
    assert all("subject.included" not in m.explanation.rules for m in meetings)
    assert not any(len(m.participants) == 2 and "Narendra Modi" in {p.name for p in m.participants} for m in meetings)


def test_a_trip_folds_into_the_meeting_of_three_it_leads_to() -> None:
    text = "Lula flew to Berlin on Thursday and met Olaf Scholz and Emmanuel Macron at the chancellery."
    (meeting,) = de_parse(text, "2023-06-25").meetings
    assert {p.name for p in meeting.participants} == {"Luiz Inácio Lula da Silva", "Olaf Scholz", "Emmanuel Macron"}
    assert "sentence.trip-then-meeting" in meeting.explanation.rules
    assert str(meeting.date) == "2023-06-22"


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Dutch Prime Minister Mark Rutte was one of the guests Prime Minister Justin Trudeau saw in Ottawa. "
            "The Prime Minister then met Boris Johnson on Friday.",
            "2021-06-12",
            {"Justin Trudeau", "Boris Johnson"},
        ),
        (
            "Japanese Prime Minister Fumio Kishida called on Prime Minister Anthony Albanese in Canberra. "
            "The Prime Minister later hosted Chris Hipkins for dinner.",
            "2023-05-20",
            {"Anthony Albanese", "Chris Hipkins"},
        ),
    ],
)
def test_the_bare_office_of_two_named_once_is_the_one_titled_without_a_country(
    text: str, published: str, pair: set[str]
) -> None:
    """News gives its own country's leader the bare title and a foreign one the country: "the Prime Minister" is
    the former when each was named once."""
    found = [{p.name for p in m.participants} for m in de_parse(text, published).meetings]
    assert pair in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Prime Minister Albanese flew to Wellington on Sunday. Jacinda Ardern had first invited the Australian "
            "leader last year. On Monday Chris Hipkins will hold talks with him.",
            {"Anthony Albanese", "Chris Hipkins"},
        ),
        (
            "Chancellor Scholz arrived in Rome on Thursday. Giorgia Meloni was in Brussels that day. Sergio "
            "Mattarella received him at the Quirinal on Friday.",
            {"Olaf Scholz", "Sergio Mattarella"},
        ),
    ],
)
def test_him_after_a_woman_named_last_is_the_man_the_text_is_about(text: str, pair: set[str]) -> None:
    """ "Him" is no woman's: with none of the men nearer free to be it, the man the text names most, never the
    subject of its own clause."""
    found = [{p.name for p in m.participants} for m in de_parse(text, "2023-06-05").meetings]
    assert found == [pair]


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Prime Minister Anthony Albanese met Prime Minister Chris Hipkins in Sydney on Friday. Hipkins said he "
            "was grateful, and he thanked his hosts for their time. Albanese later spoke to reporters. On Saturday "
            "the Prime Minister telephoned Joe Biden.",
            "2023-06-20",
            {"Anthony Albanese", "Joe Biden"},
        ),
        (
            "President Lula received President Gabriel Boric in Brasilia on Monday. Boric said he had come to "
            "listen, and he promised his help with the fund. Lula answered questions afterwards. Later the "
            "President telephoned Emmanuel Macron.",
            "2023-06-20",
            {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
        ),
    ],
)
def test_pronouns_do_not_make_a_guest_the_bare_office(text: str, published: str, pair: set[str]) -> None:
    """ "He" and "his" say nothing of an office: a guest told of in many pronouns is not "the Prime Minister" of
    the text, whose leaders were each named by name as often."""
    found = [{p.name for p in m.participants} for m in de_parse(text, published).meetings]
    assert pair in found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Prime Minister Shinzo Abe held separate talks with Julia Gillard, Manmohan Singh and Yingluck Shinawatra "
            "in Brunei on Thursday. In the talks with Gillard, the two sides agreed to expand trade.",
            "2013-04-25",
        ),
        (
            "President Joko Widodo met Lee Hsien Loong, Najib Razak and Rodrigo Duterte separately on Monday. "
            "At the meeting with Najib, the two leaders spoke about haze.",
            "2017-04-25",
        ),
    ],
)
def test_the_two_sides_after_a_sentence_naming_more_leaders_are_none_of_them(text: str, published: str) -> None:
    """ "The two sides" cannot stand for the four leaders named before: it makes no meeting of all four."""
    found = [{p.name for p in m.participants} for m in de_parse(text, published).meetings]
    assert len(found) == 3
    assert all(len(people) == 2 for people in found)


@pytest.mark.parametrize(
    ("text", "published", "pair", "day"),
    [
        (
            "Scholz invited Lula to Berlin during a phone call with him on Tuesday.",
            "2023-03-09",
            {"Olaf Scholz", "Luiz Inácio Lula da Silva"},
            dt.date(2023, 3, 7),
        ),
        (
            "Prime Minister Fumio Kishida extended an invitation to Yoon Suk Yeol in a telephone conversation "
            "with him on Monday.",
            "2023-03-09",
            {"Fumio Kishida", "Yoon Suk Yeol"},
            dt.date(2023, 3, 6),
        ),
    ],
)
def test_a_call_during_which_a_plan_is_made_happened(text: str, published: str, pair: set[str], day: dt.date) -> None:
    """The invitation is the object of the act; the call is its occasion, and took place."""
    [call] = [m for m in de_parse(text, published).meetings if m.kind is MeetingKind.CALL]
    assert {p.name for p in call.participants} == pair
    assert call.status is OCCURRED
    assert call.date is not None and call.date.start == day


@pytest.mark.parametrize(
    "text",
    [
        "Scholz will raise the matter during a phone call with Lula on Tuesday.",
        "Scholz invited Lula to take part in talks with Macron in Paris.",
    ],
)
def test_an_occasion_of_a_future_or_of_an_infinitive_stays_planned(text: str) -> None:
    meetings = de_parse(text, "2023-03-09").meetings
    assert meetings and all(m.status is PLANNED for m in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "President Trump's talks with Kim Jong Un in Hanoi come after a year of threats and name-calling between the "
        "two leaders.",
        "Donald Trump and Kim Jong Un traded insults; the name calling between them went on for weeks.",
    ],
)
def test_name_calling_is_no_call(text: str) -> None:
    assert all(m.kind is not MeetingKind.CALL for m in de_parse(text, "2018-03-08").meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi held a telephonic conversation with Prime Minister Scott Morrison on Friday.",
        "Prime Minister Narendra Modi and Prime Minister Scott Morrison had telephonic talks on Friday.",
    ],
)
def test_telephonic_talks_are_a_call(text: str) -> None:
    [call] = de_parse(text, "2021-04-10").meetings
    assert (call.kind, call.status, str(call.date)) == (MeetingKind.CALL, OCCURRED, "2021-04-09")
    assert {p.name for p in call.participants} == {"Narendra Modi", "Scott Morrison"}


@pytest.mark.parametrize(
    ("text", "status", "day"),
    [
        (
            "Macron will take part in a wreath-laying ceremony at the old town hall on Friday, followed by talks "
            "with Chancellor Olaf Scholz.",
            PLANNED,
            "2023-06-09",
        ),
        (
            "Macron will take part in a formal greeting ceremony at the palace shortly, followed by a working "
            "lunch with Chancellor Olaf Scholz.",
            PLANNED,
            "2023-06-07",
        ),
        (
            "Macron took part in a formal greeting ceremony at the palace on Tuesday, followed by a working "
            "lunch with Chancellor Olaf Scholz.",
            OCCURRED,
            "2023-06-06",
        ),
    ],
)
def test_a_meeting_followed_by_after_a_clause_has_its_tense(text: str, status: Status, day: str) -> None:
    [meeting] = de_parse(text, "2023-06-07").meetings
    assert {p.name for p in meeting.participants} == {"Emmanuel Macron", "Olaf Scholz"}
    assert (meeting.status, str(meeting.date)) == (status, day)


def test_shortly_after_a_time_is_no_time_of_its_own() -> None:
    [meeting] = de_parse("Macron met Scholz shortly after the ceremony on Tuesday.", "2023-06-07").meetings
    assert str(meeting.date) == "2023-06-06"


@pytest.mark.parametrize(
    ("text", "published", "guests"),
    [
        (
            "Emmanuel Macron and Olaf Scholz were among the many foreign leaders whom Prime Minister Narendra Modi "
            "met in New Delhi.",
            "2023-09-11",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
        (
            "Joe Biden was among the leaders Fumio Kishida met on Sunday.",
            "2023-05-22",
            {"Joe Biden"},
        ),
    ],
)
def test_the_leaders_listed_among_those_someone_met_are_his_counterparts(
    text: str, published: str, guests: set[str]
) -> None:
    meetings = de_parse(text, published).meetings
    host = {"Narendra Modi", "Fumio Kishida"}
    assert [{p.name for p in m.participants} - host for m in meetings] == [{g} for g in sorted(guests)]
    assert all(len(m.participants) == 2 for m in meetings)


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "The parley between Eisenhower and Macmillan opened in Bermuda on Thursday.",
            "1957-03-22",
            {"Dwight D. Eisenhower", "Harold Macmillan"},
        ),
        (
            "Nasser held a long parley with Tito at Brioni on Monday.",
            "1956-07-20",
            {"Gamal Abdel Nasser", "Josip Broz Tito"},
        ),
    ],
)
def test_a_parley_is_a_meeting(text: str, published: str, pair: set[str]) -> None:
    [meeting] = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.status is OCCURRED


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin and Alexander Lukashenko discussed preparations for the upcoming meeting of the CSTO "
        "Collective Security Council.",
        "Xi Jinping and Kassym-Jomart Tokayev discussed the programme of the next meeting of the Shanghai "
        "Cooperation Organisation on Friday.",
    ],
)
def test_the_session_of_an_organization_s_body_is_no_meeting_of_the_subject(text: str) -> None:
    meetings = de_parse(text, "2023-08-12").meetings
    assert all(m.status is OCCURRED for m in meetings)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Officials said the Biden-Xi meeting in Bali on Monday lasted three hours.",
            dt.date(2022, 11, 16),
            [(("joe-biden", "xi-jinping"), "meeting", "occurred", "2022-11-14")],
        ),
        (
            "The Modi-Macron talks on Thursday focused on trade.",
            dt.date(2023, 7, 14),
            [(("narendra-modi", "emmanuel-macron"), "meeting", "occurred", "2023-07-13")],
        ),
        (  # a dash with no spaces joins the names as a hyphen does
            "Reporters waited outside during the Sunak–Scholz talks in Berlin on Friday.",
            dt.date(2023, 3, 4),
            [(("rishi-sunak", "olaf-scholz"), "visit", "occurred", "2023-03-03")],  # talks in the host's capital
        ),
        # no meeting noun right after the names: a ticket, a pair, a relationship, an axis
        ("The Biden-Harris ticket drew large crowds in Ohio on Monday.", dt.date(2020, 8, 18), []),
        ("The Modi-Shah duo won the state election on Thursday.", dt.date(2019, 5, 24), []),
        ("The Trump-Kim relationship soured again on Tuesday.", dt.date(2019, 5, 24), []),
        # an indefinite meeting may never be held; an undated one refers to a meeting told elsewhere
        ("A Trump-Xi meeting is possible in Osaka on Saturday, aides said.", dt.date(2019, 6, 24), []),
        ("Aides said the Lula-Biden meeting is a sign of warmer ties.", dt.date(2023, 2, 1), []),
    ],
)
def test_leaders_joined_by_hyphens_before_a_meeting_noun_are_its_sides(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Biden, Xi meet in Bali ahead of G20 summit.",
            dt.date(2022, 11, 14),
            [(("joe-biden", "xi-jinping"), "meeting", "planned", "2022-11-15/2022-11-16")],
        ),
        (
            "Erdogan, Trump discuss Syria in phone call.",
            dt.date(2018, 4, 12),
            [(("recep-tayyip-erdogan", "donald-trump"), "call", "occurred", "2018-04-11/2018-04-12")],
        ),
        # the name after the comma owns a noun in apposition: the first alone is the subject
        (
            "Biden, Xi's longtime rival, met Kishida on Monday.",
            dt.date(2022, 11, 16),
            [(("joe-biden", "fumio-kishida"), "meeting", "occurred", "2022-11-14")],
        ),
        # the names open no sentence: a list of objects or a speaker's aside
        ("Xi, Biden said on Monday, met him twice.", dt.date(2022, 11, 16), []),
        ("Officials said Biden, Xi met on Monday.", dt.date(2022, 11, 16), []),
    ],
)
def test_two_names_opening_a_sentence_with_a_comma_are_its_subject(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


#: A meeting noun that is the subject of a progressive passive of plans is planned (status.in-preparation), after a
#: first conjunct that names the subject too.
IN_PREPARATION = [
    (
        "Aides expect Lula to hold talks with Xi Jinping in Beijing on Friday, and a separate meeting with "
        "Vladimir Putin is also being prepared.",
        "Vladimir Putin",
    ),
    (
        "Ruto will fly to Addis Ababa for talks with Abiy Ahmed, and a meeting with Yoweri Museveni is being planned.",
        "Yoweri Museveni",
    ),
]


@pytest.mark.parametrize(("text", "guest"), IN_PREPARATION)
def test_a_meeting_being_prepared_is_planned(text: str, guest: str) -> None:
    meeting = next(m for m in de_parse(text, "2023-06-24").meetings if guest in {p.name for p in m.participants})
    assert meeting.status is PLANNED
    assert "status.in-preparation" in meeting.explanation.rules


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Sanchez talked alone with Lula for three hours at the palace.",
            "2023-04-27",
            {"Pedro Sánchez", "Luiz Inácio Lula da Silva"},
        ),
        (
            "On Monday Erdogan spoke briefly with Viktor Orban in the corridor.",
            "2024-07-12",
            {"Recep Tayyip Erdogan", "Viktor Orbán"},
        ),
        (
            "Ruto conferred again privately with Samia Suluhu Hassan on Friday.",
            "2023-11-04",
            {"William Ruto", "Samia Suluhu Hassan"},
        ),
    ],
)
def test_one_or_two_adverbs_may_stand_before_the_with_of_a_meeting(text: str, published: str, pair: set[str]) -> None:
    (meeting,) = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair


@pytest.mark.parametrize(
    "text",
    [
        "Sanchez spoke briefly and warmly with Lula for three hours at the palace.",
        "Sanchez spoke to the rally with Lula for three hours at the palace.",
    ],
)
def test_no_adverb_run_of_more_than_two_words_or_a_noun_joins_a_with(text: str) -> None:
    assert not de_parse(text, "2023-04-27").meetings


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        ("Macron flew to London on Tuesday to see the King.", "2023-05-10", {"Emmanuel Macron", "Charles III"}),
        ("Justin Trudeau went to Tokyo on Monday to see the Emperor.", "2019-06-05", {"Justin Trudeau", "Naruhito"}),
    ],
)
def test_a_trip_to_see_a_bare_title_visits_that_office_there(text: str, published: str, pair: set[str]) -> None:
    (meeting,) = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair
    assert "build.to-see-office" in meeting.explanation.rules


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Lukashenko took the overnight train to Moscow on Friday to see Putin.",
            "2023-03-01",
            {"Alexander Lukashenko", "Vladimir Putin"},
        ),
        (
            "Orban took a government jet to Ankara to see Erdogan on Tuesday.",
            "2023-03-01",
            {"Viktor Orbán", "Recep Tayyip Erdogan"},
        ),
    ],
)
def test_taking_a_train_or_a_plane_to_a_place_is_a_trip(text: str, published: str, pair: set[str]) -> None:
    (meeting,) = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair
    assert meeting.kind is MeetingKind.VISIT


@pytest.mark.parametrize(
    "text",
    [
        "Later Trudeau had meeting with President Macron of France, Chancellor Merkel & Theresa May of Britain.",
        "After lunch Trudeau had a meeting with President Macron of France, Chancellor Merkel and Theresa May.",
        "After the dinner Trudeau met Emmanuel Macron, Angela Merkel & Theresa May.",
    ],
)
def test_had_meeting_and_a_list_past_an_opening_comma_are_a_meeting_each(text: str) -> None:
    assert sorted(_leaders(text, "2019-06-20"), key=sorted) == [
        {"Justin Trudeau", "Angela Merkel"},
        {"Justin Trudeau", "Emmanuel Macron"},
        {"Justin Trudeau", "Theresa May"},
    ]


def test_a_lone_name_after_an_opening_comma_is_no_object() -> None:
    assert _leaders("After Trudeau met Emmanuel Macron, Angela Merkel praised the deal.", "2019-06-20") == [
        {"Justin Trudeau", "Emmanuel Macron"}
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jordan's King Abdullah II opened the conference in Amman on Sunday. The Head of State later held talks "
            "with Egyptian President Abdel Fattah el-Sisi.",
            {"Abdullah II", "Abdel Fattah el-Sisi"},
        ),
        (
            "Chinese President Xi Jinping opened the forum in Beijing on Monday. Apart from the Kenyan President, the "
            "Head of State also held talks with Nigerian President Bola Tinubu.",
            {"Xi Jinping", "Bola Tinubu"},
        ),
    ],
)
def test_the_head_of_state_is_the_text_s_own_head_of_state(text: str, pair: set[str]) -> None:
    assert [{p.name for p in m.participants} for m in de_parse(text, "2024-09-03").meetings] == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Lula thanked Xi for the dinner and flew to Tokyo on Sunday to meet Kishida.",
            {"Luiz Inácio Lula da Silva", "Fumio Kishida"},
        ),
        (
            "Ramaphosa praised President Ruto for the talks and accepted an invitation to visit Kenya in May.",
            {"Cyril Ramaphosa", "William Ruto"},
        ),
    ],
)
def test_a_verb_after_and_shares_the_first_verb_s_subject(text: str, pair: set[str]) -> None:
    assert pair in [{p.name for p in m.participants} for m in de_parse(text, "2024-06-25").meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian President Nana Akufo-Addo flew in from Auckland on Monday. On Tuesday he was greeted by the Prince "
        "and King Charles III at Windsor Castle.",
        "King Charles III will host Ghanaian President Nana Akufo-Addo in London this week. On May 2 the President "
        "will be welcomed by the Prince and Princess of Wales at his hotel, near Nelson's Column.",
    ],
)
def test_a_monarch_of_several_realms_is_not_made_another_realm_s_by_a_bare_title(text: str) -> None:
    for meeting in de_parse(text, "2023-05-01").meetings:
        assert all(p.country is None or p.country.code != "NZL" for p in meeting.participants)
        assert all(p.name != "Charles III" or p.country.code == "GBR" for p in meeting.participants if p.country)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Lula and Kishida was postponed to June 21.",
        "The meeting between Lula and Kishida, first set for June 3, has been put off until June 21.",
    ],
)
def test_a_meeting_put_off_to_a_new_day_is_planned_for_that_day(text: str) -> None:
    [meeting] = de_parse(text, "2024-06-07").meetings
    assert meeting.status is PLANNED
    assert meeting.date is not None
    assert meeting.date.start == meeting.date.end == dt.date(2024, 6, 21)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting between Lula and Kishida was called off until further notice.",
        "The meeting between Lula and Kishida was postponed to June 21 and then cancelled.",
    ],
)
def test_a_meeting_put_off_with_no_new_day_did_not_happen(text: str) -> None:
    assert de_parse(text, "2024-06-07").meetings == ()


#: A visit noun whose destination follows it ("visit to Chile") is still the subject of the passive of plans after
#: it (status.planned-cue): the visit is planned, in the coming month the plan names.
VISIT_TO_PLANNED = [
    (
        "An aide told reporters that Ramaphosa's state visit to Nigeria is planned for March, to deepen trade ties.",
        ("cyril-ramaphosa", "bola-tinubu"),
        "2026-03",
    ),
    (
        "Lula's official visit to Chile is scheduled for next month.",
        ("luiz-inacio-lula-da-silva", "gabriel-boric"),
        "2025-10",
    ),
]


@pytest.mark.parametrize(("text", "pair", "when"), VISIT_TO_PLANNED)
def test_a_visit_to_a_country_planned_for_a_month_is_planned_then(text: str, pair: tuple[str, str], when: str) -> None:
    assert meetings(text, dt.date(2025, 9, 26)) == [(pair, "visit", "planned", when)]


#: A meeting noun with no subject whose "with" comes a few words on is the protagonist's (standin.with-later).
WITH_LATER_STANDIN = [
    (
        "Prime Minister Albanese landed in Jakarta on Monday. Talks on maritime security with Joko Widodo followed "
        "at the palace.",
        (("anthony-albanese", "joko-widodo"), "visit", "occurred", "2023-09-04"),
    ),
    (
        "President Macron arrived in Brasilia on Tuesday. Talks on the Amazon fund with Lula are set for Wednesday.",
        (("emmanuel-macron", "luiz-inacio-lula-da-silva"), "visit", "planned", "2023-09-06"),
    ),
]


@pytest.mark.parametrize(("text", "row"), WITH_LATER_STANDIN)
def test_a_subjectless_meeting_noun_with_a_topic_before_its_with_is_the_protagonists(text: str, row: Row) -> None:
    assert row in meetings(text, dt.date(2023, 9, 5))


#: A nominal report with no subject is the one leader the sentence before opened with, where that leader is not
#: its object, over the leader named most so far (standin.protagonist): (text, the rows expected among the found).
STANDIN_SENTENCE_BEFORE = [
    (
        "President Ramaphosa met President Museveni in Pretoria. Ramaphosa praised the trade deal.\n\n"
        "Prime Minister Modi flies to Johannesburg on Tuesday. Talks with President Museveni are planned for "
        "Wednesday.",
        (("narendra-modi", "yoweri-museveni"), "meeting", "planned", "2023-09-06"),
    ),
    (
        "Chancellor Scholz spoke with Prime Minister Kishida by phone. Scholz said the call went well. "
        "President Lula lands in Tokyo on Friday. A meeting with Kishida is set for Saturday.",
        (("luiz-inacio-lula-da-silva", "fumio-kishida"), "visit", "planned", "2023-09-09"),
    ),
]


@pytest.mark.parametrize(("text", "row"), STANDIN_SENTENCE_BEFORE)
def test_a_subjectless_report_is_the_sentence_before_s_leader(text: str, row: Row) -> None:
    found = meetings(text, dt.date(2023, 9, 4))
    assert row in found
    assert not [r for r in found if r[0][0] in ("cyril-ramaphosa", "olaf-scholz") and r[2] == "planned"]


#: Groups of offices set off by semicolons in one object list are all the trigger's objects
#: (objects.semicolon-groups): (text, the counterparts' names).
SEMICOLON_GROUPS = [
    (
        "In New York, Ramaphosa held talks with the prime ministers of Canada and Italy; the presidents of France "
        "and Kenya; and envoys of the African Union.",
        {"Justin Trudeau", "Giuseppe Conte", "Emmanuel Macron", "Uhuru Kenyatta"},
    ),
    (
        "Ramaphosa met the presidents of Egypt and Nigeria; the prime ministers of Japan and India on Tuesday.",
        {"Abdel Fattah el-Sisi", "Muhammadu Buhari", "Shinzo Abe", "Narendra Modi"},
    ),
]


@pytest.mark.parametrize(("text", "counterparts"), SEMICOLON_GROUPS)
def test_office_groups_after_a_semicolon_are_objects_too(text: str, counterparts: set[str]) -> None:
    found = de_parse(text, "2019-09-25").meetings
    assert {p.name for m in found for p in m.participants} == counterparts | {"Cyril Ramaphosa"}
    assert all(len(m.participants) == 2 for m in found)


#: A clause after the semicolon, or an item that is no office of countries, ends the list.
SEMICOLON_ENDS = [
    "Ramaphosa met the presidents of Egypt and Nigeria; the prime ministers of Japan and India met later.",
    "Ramaphosa met the presidents of Egypt and Nigeria; Emmanuel Macron flew home.",
]


@pytest.mark.parametrize("text", SEMICOLON_ENDS)
def test_a_clause_after_a_semicolon_is_no_object(text: str) -> None:
    found = de_parse(text, "2019-09-25").meetings
    assert {p.name for m in found if "Cyril Ramaphosa" in {p.name for p in m.participants} for p in m.participants} == {
        "Cyril Ramaphosa",
        "Abdel Fattah el-Sisi",
        "Muhammadu Buhari",
    }


#: A person the knowledge base does not know, coordinated before a leader among the objects, does not end them
#: (objects.past-unlisted): (text, published, the counterparts' names).
PAST_UNLISTED = [
    (
        "Chancellor Angela Merkel will also meet with parliamentary leader Zhang Dejiang and Premier Li Keqiang on "
        "Friday.",
        "2014-07-09",
        {"Li Keqiang"},
    ),
    (
        "Merkel met Premier Li Keqiang, party elder Song Ping and President Xi Jinping in Beijing on Monday.",
        "2014-07-09",
        {"Li Keqiang", "Xi Jinping"},
    ),
]


@pytest.mark.parametrize(("text", "published", "counterparts"), PAST_UNLISTED)
def test_leaders_after_an_unknown_titled_name_are_objects(text: str, published: str, counterparts: set[str]) -> None:
    found = de_parse(text, published).meetings
    assert {p.name for m in found for p in m.participants} == counterparts | {"Angela Merkel"}


#: An official who is no leader, named or not, at the head of the objects does not end them either
#: (objects.past-unlisted): (text, published, the counterparts' names).
PAST_OFFICIALS = [
    (
        "Ramaphosa met President of the Asian Development Bank Hana Orlova and Chancellor Olaf Scholz in Berlin on "
        "Tuesday.",
        "2023-06-14",
        {"Olaf Scholz"},
    ),
    (
        "Ramaphosa will hold talks with the governor of the reserve bank and Prime Minister Narendra Modi in Delhi on "
        "Friday.",
        "2023-06-14",
        {"Narendra Modi"},
    ),
    (
        "On Thursday Ramaphosa will meet Chief Executive of the African Development Fund Tomas Vila, chairman of the "
        "regional bank Sipho Dube, French President Emmanuel Macron and Prime Minister Narendra Modi.",
        "2023-06-14",
        {"Emmanuel Macron", "Narendra Modi"},
    ),
]


@pytest.mark.parametrize(("text", "published", "counterparts"), PAST_OFFICIALS)
def test_leaders_after_an_official_are_objects(text: str, published: str, counterparts: set[str]) -> None:
    found = de_parse(text, published).meetings
    assert {p.name for m in found for p in m.participants} == counterparts | {"Cyril Ramaphosa"}


#: Relatives of no office ("the families of"), or a verb after the leader: no object.
PAST_OFFICIALS_NOT = [
    "Ramaphosa met the families of the miners and President Emmanuel Macron praised the rescue.",
    "Ramaphosa met the governor of the reserve bank and Prime Minister Narendra Modi said rates would hold.",
    "Ramaphosa met the families of the miners and President Emmanuel Macron on Tuesday.",
]


@pytest.mark.parametrize("text", PAST_OFFICIALS_NOT)
def test_no_official_before_the_leader_or_his_verb_after(text: str) -> None:
    assert de_parse(text, "2023-06-14").meetings == ()


#: No title and name before the "and" (a place), or a verb after the leader (the next clause's subject): no object.
PAST_UNLISTED_NOT = [
    "Merkel held talks in Great Hall and President Xi Jinping said trade was strong.",
    "Merkel met with Zhang Dejiang and President Xi Jinping hosted a banquet in the evening.",
]


@pytest.mark.parametrize("text", PAST_UNLISTED_NOT)
def test_a_leader_after_a_place_or_before_his_verb_is_no_object(text: str) -> None:
    assert de_parse(text, "2014-07-09").meetings == ()


#: A meeting noun in an adjunct of time after the main verb is a meeting of the verb's subject
#: (trigger.frame-adjunct): a frame such as "signed ... with" does not reach over it.
FRAME_ADJUNCT = [
    (
        "Ramaphosa signed a mining accord after talks with Lula in Brasilia on Tuesday.",
        dt.date(2023, 8, 30),
        [(("cyril-ramaphosa", "luiz-inacio-lula-da-silva"), "visit", "occurred", "2023-08-29")],
    ),
    (
        "Lula is expected to sign a soybean deal following a meeting with President Xi Jinping on Friday.",
        dt.date(2024, 5, 8),
        [(("luiz-inacio-lula-da-silva", "xi-jinping"), "meeting", "planned", "2024-05-10")],
    ),
    ("Lula signed a soybean deal after talks between the two trade ministers on Friday.", dt.date(2024, 5, 8), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), FRAME_ADJUNCT)
def test_a_frame_does_not_reach_over_an_adjunct_trigger(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str, str, str]]
) -> None:
    assert meetings(text, published) == expected


#: An adjunct's meeting under the main clause's hypothetical or undated weak modal is none (veto.adjunct-modal).
ADJUNCT_MODAL = [
    "Lula could sign the accord after talks with Xi Jinping.",
    "Ramaphosa may fly to Brasilia after a meeting with Lula.",
    "If the terms improve, Ramaphosa will sign the accord after talks with Lula.",
]


@pytest.mark.parametrize("text", ADJUNCT_MODAL)
def test_an_adjunct_meeting_shares_the_main_clause_hypothetical(text: str) -> None:
    assert de_parse(text, "2024-05-08").meetings == ()


#: A meeting noun after ", including" has the tense of the clause before it (status.followed-by): (text, status).
INCLUDING_TENSE = [
    (
        "While in Germany, President Macron will carry out a series of official engagements in Berlin and Hamburg, "
        "including bilateral talks with Chancellor Olaf Scholz.",
        PLANNED,
    ),
    (
        "President Macron will undertake several engagements in Munich and Bonn, including a working dinner with "
        "Chancellor Olaf Scholz.",
        PLANNED,
    ),
    (
        "Last week President Macron carried out a series of engagements in Berlin, including bilateral talks with "
        "Chancellor Olaf Scholz.",
        OCCURRED,
    ),
]


@pytest.mark.parametrize(("text", "status"), INCLUDING_TENSE)
def test_a_meeting_after_including_has_the_tense_of_the_clause_before(text: str, status: Status) -> None:
    [meeting] = de_parse(text, "2023-06-07").meetings
    assert {p.name for p in meeting.participants} == {"Emmanuel Macron", "Olaf Scholz"}
    assert meeting.status is status


#: A visit named in an opening phrase takes the tense of the main clause (status.opening-visit): one record.
OPENING_VISIT = [
    ("As part of his official visit to Japan, Albanese will hold talks with Prime Minister Fumio Kishida.", PLANNED),
    ("During his state visit to Kenya, Lula is to meet President William Ruto.", PLANNED),
    ("As part of his official visit to Japan, Albanese held talks with Prime Minister Fumio Kishida.", OCCURRED),
]


@pytest.mark.parametrize(("text", "status"), OPENING_VISIT)
def test_a_visit_in_an_opening_phrase_has_the_main_clause_s_tense(text: str, status: Status) -> None:
    [meeting] = de_parse(text, "2023-07-12").meetings
    assert meeting.kind is MeetingKind.VISIT and meeting.status is status
    assert meeting.host is not None and meeting.host.code in {"JPN", "KEN"}


@pytest.mark.parametrize(
    ("text", "published", "pair"),
    [
        (
            "Prime Minister Ralph Gonsalves of Saint Vincent and the Grenadines and President Danny Faure of "
            "Seychelles met on Monday.",
            "2018-04-18",
            {"Ralph Gonsalves", "Danny Faure"},
        ),
        (
            "Prime Minister Gaston Browne of Antigua and Barbuda and Prime Minister Andrew Holness of Jamaica held "
            "talks in London.",
            "2018-04-18",
            {"Gaston Browne", "Andrew Holness"},
        ),
        (
            "President Danny Faure, Prime Minister Pravind Jugnauth and Prime Minister Honourable Allen Chastanet of "
            "Saint Lucia are to hold a meeting.",
            "2018-04-18",
            {"Danny Faure", "Pravind Jugnauth", "Allen Chastanet"},
        ),
    ],
)
def test_a_country_named_with_and_or_an_honourable_keeps_the_subject_whole(
    text: str, published: str, pair: set[str]
) -> None:
    """ "X of Trinidad and Tobago and Y": the country's "and" joins no one; "Honourable" is an honorific."""
    [meeting] = de_parse(text, published).meetings
    assert {p.name for p in meeting.participants} == pair


def test_a_leaders_dialogue_is_a_meeting_and_a_political_dialogue_is_not() -> None:
    """ "held a leaders dialogue" meets the two leaders; a dialogue of governments or ministers meets no one."""
    held = de_parse("Jacinda Ardern held a leaders' dialogue with Scott Morrison in Queenstown.", "2022-03-12")
    assert [{p.name for p in m.participants} for m in held.meetings] == [{"Jacinda Ardern", "Scott Morrison"}]
    for text in (
        "Jacinda Ardern called for a broader political dialogue with Scott Morrison's government.",
        "Scott Morrison praised the dialogue between his ministers and Jacinda Ardern's cabinet.",
    ):
        assert de_parse(text, "2022-03-12").meetings == ()
