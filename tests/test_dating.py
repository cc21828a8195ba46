"""Tests of :mod:`diplomacy_events.dating` end to end: which time dates which event, and one record per encounter.

Issue 11's time families: a time dates only its own clause, a meeting at a
dated summit or during a dated visit takes its dates, recaps and counted
times, plans; and folding, so that one encounter is one record. Every text
was written for these tests (facts from the public record, wording our own).
A row is ``(id, text, publication date, expected)``, where ``expected`` lists
each meeting as ``(leader ids, kind, status, date)``, the date as ISO text
("2023-05-03", "2023-05-03/2023-05-05", "2023-05") or ``None``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import diplomacy_events as de
from diplomacy_events import dating
from diplomacy_events.segment import tokenize
from diplomacy_events.syntax import ByStart, Clauses
from diplomacy_events.timex import TimeExpression, TimeKind, find_times
from tables import Row, meetings, rows, written

KISHIDA, YOON, ALBANESE, TRUDEAU = "fumio-kishida", "yoon-suk-yeol", "anthony-albanese", "justin-trudeau"
MODI, XI, MACRON, PUTIN = "narendra-modi", "xi-jinping", "emmanuel-macron", "vladimir-putin"
BIDEN, SCHOLZ, ERDOGAN, ZELENSKY = "joe-biden", "olaf-scholz", "recep-tayyip-erdogan", "volodymyr-zelensky"
TUSK, ANWAR, MBS, TAMIM = "donald-tusk", "anwar-ibrahim", "mohammed-bin-salman", "tamim-bin-hamad-al-thani"
LULA, TRUMP, KIM, MOON = "luiz-inacio-lula-da-silva", "donald-trump", "kim-jong-un", "moon-jae-in"
DUTERTE, LUKASHENKO, SISI = "rodrigo-duterte", "alexander-lukashenko", "abdel-fattah-el-sisi"
ARCE, STARMER, MERKEL, BORIC = "luis-arce", "keir-starmer", "angela-merkel", "gabriel-boric"
PETRO = "gustavo-petro"
WEDNESDAY = dt.date(2023, 5, 3)


#: A time dates only its own clause.
OWN_CLAUSE = [
    (
        "time-in-parentheses-is-an-aside",
        "On May 2 (early on May 3, Canberra time), Kishida held a meeting with Albanese in Hiroshima.",
        WEDNESDAY,
        [((KISHIDA, ALBANESE), "visit", "occurred", "2023-05-02")],
    ),
    (
        "time-in-parentheses-when-nothing-else",
        "Kishida held a meeting with Albanese (May 2, local time).",
        WEDNESDAY,
        [((KISHIDA, ALBANESE), "meeting", "occurred", "2023-05-02")],
    ),
    (
        "a-page-s-time-stamp-is-no-event-s-date",
        "- WORLD\n09:15 CET, March 4, 2024\nScholz, Macron and Donald Tusk held a trilateral summit at a hunting "
        "lodge outside the old town of Weimar on Friday.",
        dt.date(2024, 3, 4),
        [((SCHOLZ, MACRON, TUSK), "summit", "occurred", "2024-03-01")],
    ),
    (
        "a-later-verb-s-time-is-not-an-earlier-verb-s",
        "Scholz welcomed Macron on Sunday evening. Scholz welcomes Macron before the start of official talks in Berlin "
        "on Monday.",
        dt.date(2024, 6, 16),
        [((SCHOLZ, MACRON), "visit", "occurred", "2024-06-16")],
    ),
    (
        "since-clause-time-is-an-earlier-event-s",
        "Albanese was the first Australian leader to hold talks with Xi in Beijing since Turnbull did so in 2016.",
        dt.date(2023, 11, 7),
        [  # 2016 is Turnbull's talks (sentence.since-did-so), not Albanese's
            ((ALBANESE, XI), "visit", "occurred", None),
            (("malcolm-turnbull", XI), "visit", "occurred", "2016-01-01/2016-12-31"),
        ],
    ),
    (
        "a-clause-describing-a-noun-after-the-verb-tells-another-event",
        "Lula held talks with Boric in Santiago, the start of a friendship that soured in 2023.",
        dt.date(2024, 3, 15),
        [((LULA, BORIC), "visit", "occurred", None)],  # not 2023: the friendship's souring
    ),
    (
        "a-clause-describing-a-noun-leaves-the-trip-told-before",
        "Lula visited Chile in 2022. He held talks with Boric on that trip, the start of a friendship that soured in "
        "2023.",
        dt.date(2024, 3, 15),
        [((LULA, BORIC), "meeting", "occurred", "2022-01-01/2022-12-31")],
    ),
    (
        "a-clause-describing-the-event-itself-dates-it",
        "Modi will visit Japan, a trip that is expected to take place in May, and hold talks with Kishida.",
        dt.date(2024, 3, 15),
        [((MODI, KISHIDA), "visit", "planned", "2024-05")],
    ),
    (
        "a-weekday-right-after-last-week-is-of-last-week",
        "Lula flew to Beijing last week, and on Tuesday held talks with Xi.",
        dt.date(2023, 4, 20),
        [((LULA, XI), "visit", "occurred", "2023-04-11")],  # not this week's Tuesday, the 18th
    ),
    (
        "last-week-then-a-weekday-opening-the-clause",
        "Last week, on Tuesday, Lula held talks with Xi in Beijing.",
        dt.date(2023, 4, 20),
        [((LULA, XI), "visit", "occurred", "2023-04-11")],
    ),
    (
        "a-weekday-right-after-next-week-is-of-next-week",
        "Lula will fly to Beijing next week, and on Friday he will hold talks with Xi.",
        dt.date(2023, 4, 20),
        [((LULA, XI), "visit", "planned", "2023-04-28")],  # not tomorrow
    ),
    (
        "a-weekday-of-another-event-after-last-week-is-the-nearest",
        "Lula hosted Petro last week and met Boric on Tuesday.",
        dt.date(2023, 4, 20),
        [
            ((LULA, PETRO), "visit", "occurred", "2023-04-10/2023-04-16"),
            ((LULA, BORIC), "meeting", "occurred", "2023-04-18"),
        ],
    ),
    (
        "an-opening-phrase-of-circumstances-dates-nothing-after-it",
        "With Kishida stepping down next month, Kishida and Albanese held their final meeting in Tokyo.",
        dt.date(2024, 8, 20),
        [((KISHIDA, ALBANESE), "visit", "occurred", None)],  # not planned for next month
    ),
    (
        "a-prior-to-clause-time-is-an-earlier-event-s",
        "Speaking after talks in Ankara, Putin and Erdogan urged the forces to pull back to the lines they occupied "
        "prior to the outbreak of the clashes last month.",
        dt.date(2024, 6, 14),
        [((PUTIN, ERDOGAN), "visit", "occurred", None)],
    ),
    (
        "the-main-clause-keeps-its-own-time-after-circumstances",
        "Amid talks planned for next week, Modi met Xi Jinping in Kazan on Tuesday.",
        dt.date(2024, 10, 24),
        [((MODI, XI), "meeting", "occurred", "2024-10-22")],
    ),
    (
        "a-call-s-manner-leaves-its-time-to-it",
        "Lula, who was sworn in on January 1, spoke with Milei by phone in early March.",
        dt.date(2024, 11, 2),
        [(("luiz-inacio-lula-da-silva", "javier-milei"), "call", "occurred", "2024-03")],
    ),
    (
        "a-call-s-manner-before-a-time-of-a-president-elect",
        "Petro, who took office on August 7, had spoken with Maduro by telephone in June, before his inauguration.",
        dt.date(2022, 11, 2),
        [],  # in June he was no president yet; August 7 dates his taking office
    ),
    (
        "tens-of-years-ago-know-the-leaders-of-then",
        "Forty years ago this month, Richard Nixon hosted Leonid Brezhnev in Washington.",
        dt.date(2013, 6, 20),
        [(("richard-nixon", "leonid-brezhnev"), "visit", "occurred", "1973-06")],
    ),
    (
        "a-few-years-ago-know-only-the-leaders-of-now",
        "Two years ago, Richard Nixon hosted Leonid Brezhnev in Washington.",
        dt.date(2013, 6, 20),
        [],
    ),
    (
        "talks-in-an-aside-before-another-meeting-are-earlier",
        "President Lula, fresh from two hours of talks with Xi, met Prime Minister Anwar Ibrahim on Friday.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", None), ((LULA, ANWAR), "meeting", "occurred", "2023-04-28")],
    ),
    (
        "a-meeting-in-a-following-aside-is-earlier",
        "Lula, following a long meeting with Xi, received Anwar Ibrahim on Friday.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", None), ((LULA, ANWAR), "visit", "occurred", "2023-04-28")],
    ),
    (
        "talks-in-an-aside-before-a-statement-keep-its-time",
        "Lula, after talks with Xi, told reporters on Friday that trade would grow.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", "2023-04-27/2023-04-28")],
    ),
    (
        "talks-in-a-relative-clause-before-another-meeting-are-background",
        "Lula, who had talks with Xi, received Prime Minister Anwar Ibrahim on Friday.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", None), ((LULA, ANWAR), "visit", "occurred", "2023-04-28")],
    ),
    (
        "a-relative-clause-keeps-its-own-time",
        "Lula, who met Xi on Tuesday, received Prime Minister Anwar Ibrahim on Friday.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", "2023-05-02"), ((LULA, ANWAR), "visit", "occurred", "2023-04-28")],
    ),
    (
        "a-list-in-a-relative-clause-keeps-the-clause-s-time",
        "Lula, who received Petro, Boric and Arce in separate meetings on Monday, also held talks with "
        "Alberto Fernandez on Tuesday.",
        WEDNESDAY,
        [
            ((LULA, PETRO), "visit", "occurred", "2023-05-01"),
            ((LULA, "gabriel-boric"), "visit", "occurred", "2023-05-01"),
            ((LULA, "luis-arce"), "visit", "occurred", "2023-05-01"),
            ((LULA, "alberto-fernandez"), "meeting", "occurred", "2023-05-02"),
        ],
    ),
    (
        "talks-in-a-relative-clause-before-a-statement-keep-its-time",
        "Lula, who held talks with Xi, told reporters on Friday that trade would grow.",
        WEDNESDAY,
        [((LULA, XI), "meeting", "occurred", "2023-04-27/2023-04-28")],
    ),
]


#: Times counted from another event: the one told before, in the paragraph or, opening one, before it.
COUNTED = [
    (
        "days-after-counts-back-some-days",
        "Lula met Petro in Bogota on Thursday, days after the two spoke by phone.",
        dt.date(2023, 5, 5),
        [
            ((LULA, PETRO), "visit", "occurred", "2023-05-04"),
            ((LULA, PETRO), "call", "occurred", "2023-04-24/2023-05-02"),
        ],
    ),
    (
        "weeks-after-counts-back-some-weeks",
        "Lula met Petro in Bogota on Thursday, weeks after he hosted Boric in Brasilia.",
        dt.date(2023, 5, 5),
        [
            ((LULA, PETRO), "visit", "occurred", "2023-05-04"),
            ((LULA, BORIC), "visit", "occurred", "2023-03-09/2023-04-27"),
        ],
    ),
    (
        "days-before-what-happened-ends-at-the-page-s-day",
        "Lula met Petro in Bogota on Monday, days before hosting Boric in Brasilia.",
        dt.date(2023, 5, 5),
        [
            ((LULA, PETRO), "visit", "occurred", "2023-05-01"),
            ((LULA, BORIC), "visit", "occurred", "2023-05-03/2023-05-05"),
        ],
    ),
    (
        "days-before-a-plan-counts-forward",
        "Lula met Petro in Bogota on Thursday, days before he hosts Boric in Brasilia.",
        dt.date(2023, 5, 5),
        [
            ((LULA, PETRO), "visit", "occurred", "2023-05-04"),
            ((LULA, BORIC), "visit", "planned", "2023-05-06/2023-05-14"),
        ],
    ),
    (
        "a-day-after-counts-back-from-the-event-told",
        "Biden spoke with Scholz by phone on Saturday.\n\n"
        "Biden's call with Scholz came a day after the president spoke to Macron by phone.",
        dt.date(2023, 5, 8),
        [((BIDEN, SCHOLZ), "call", "occurred", "2023-05-06"), ((BIDEN, MACRON), "call", "occurred", "2023-05-05")],
    ),
    (
        "the-same-day-opening-a-paragraph-is-the-main-event-s",
        "Putin and Xi held talks in Astana on Wednesday, their second meeting since the Russian leader's state visit "
        "to Beijing in May.\n\nErdogan, meeting Putin on the same day, offered to mediate.",
        dt.date(2024, 7, 4),
        [
            ((PUTIN, XI), "meeting", "occurred", "2024-07-03"),
            ((PUTIN, XI), "visit", "occurred", "2024-05"),
            ((ERDOGAN, PUTIN), "meeting", "occurred", "2024-07-03"),
        ],
    ),
    (
        "three-days-later-counts-from-the-paragraph-before",
        "On July 2 Modi flew to Kyiv and met Zelensky.\n\nThree days later Modi met Putin in the Kremlin.",
        dt.date(2024, 7, 15),
        [((MODI, ZELENSKY), "visit", "occurred", "2024-07-02"), ((MODI, PUTIN), "visit", "occurred", "2024-07-05")],
    ),
    (
        "earlier-in-the-day-is-the-day-told",
        "Albanese met Kishida on the sidelines of the summit yesterday.\n\n"
        "Earlier in the day, Albanese received a courtesy call from Yoon.",
        dt.date(2023, 5, 21),
        [
            ((ALBANESE, KISHIDA), "meeting", "occurred", "2023-05-20"),
            ((ALBANESE, YOON), "meeting", "occurred", "2023-05-20"),
        ],
    ),
    (
        "earlier-in-the-day-with-nothing-told-is-today",
        "Earlier in the day, Albanese received a courtesy call from Yoon.",
        dt.date(2023, 5, 21),
        [((ALBANESE, YOON), "meeting", "occurred", "2023-05-21")],
    ),
    (
        "a-month-of-that-year-and-the-next-step-are-in-the-year-told",
        "Their visits resumed in 2019. In March of that year Macron travelled to Berlin for talks with Merkel, and in "
        "May Merkel came to Paris for talks with Macron.",
        dt.date(2021, 6, 1),
        [((MACRON, MERKEL), "visit", "occurred", "2019-03"), ((MERKEL, MACRON), "visit", "occurred", "2019-05")],
    ),
    (
        "a-bare-day-is-in-the-month-its-paragraph-told",
        "In September 2019 Macron flew to Berlin. Merkel received him on the 18th, and on the 19th Macron met "
        "Trudeau.\n\nMacron phoned Merkel on the evening of the 2nd.",
        dt.date(2021, 6, 5),
        [
            ((MERKEL, MACRON), "visit", "occurred", "2019-09-18"),
            ((MACRON, TRUDEAU), "meeting", "occurred", "2019-09-19"),
            ((MACRON, MERKEL), "call", "occurred", "2021-06-02"),
        ],
    ),
    (
        "overnight-is-today",
        "Albanese spoke with Biden by phone overnight.",
        dt.date(2023, 5, 21),
        [((ALBANESE, BIDEN), "call", "occurred", "2023-05-21")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(COUNTED))
def test_a_counted_time_counts_from_the_event_told(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), **rows(OWN_CLAUSE))
def test_a_time_dates_its_own_clause(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_recap_s_time_in_a_later_clause_dates_nothing_before_it() -> None:
    text = "Lula has arrived in Beijing, and there he is expected to update Xi on his summit with Biden last week."
    assert meetings(text, dt.date(2023, 6, 19))[0] == ((LULA, XI), "visit", "occurred", None)


#: One record per encounter.
ONE_RECORD = [
    (
        "headline-in-present-tense-is-the-planned-visit",
        "Scholz hosts Macron in Berlin as the two leaders look for a common line on defence\n\n"
        "Scholz will host Macron in Berlin on Friday.",
        dt.date(2024, 6, 14),
        [((SCHOLZ, MACRON), "visit", "planned", "2024-06-14")],
    ),
    (
        "headline-dated-by-its-summit-is-the-body-s-meeting",
        "G7 summit: Kishida holds talks with Canada's prime minister at the seaside resort in Italy\n\n"
        "Kishida and Trudeau met in Apulia on Thursday morning.",
        dt.date(2024, 6, 14),
        [((KISHIDA, TRUDEAU), "meeting", "occurred", "2024-06-13")],
    ),
    (
        "caption-with-a-date-of-its-own-is-another-meeting",
        "Scholz and Macron shake hands after their talks in the chancellery in Berlin on 7 May, 2023 [Reuters]\n\n"
        "Scholz will host Macron in Berlin on Friday.",
        dt.date(2024, 6, 14),
        [((SCHOLZ, MACRON), "visit", "occurred", "2023-05-07"), ((SCHOLZ, MACRON), "visit", "planned", "2024-06-14")],
    ),
    (
        "a-readout-s-restatement-is-the-call",
        "Scholz and Macron spoke by phone on Monday. Scholz and Macron exchanged views on recent events "
        "in Ukraine, a German government source said.",
        dt.date(2024, 6, 14),
        [((SCHOLZ, MACRON), "call", "occurred", "2024-06-10")],
    ),
    (
        "an-arrival-and-the-talks-the-next-day-are-one-visit",
        "Starmer arrived in Washington late on Wednesday to meet Trump.\n\nTrump hosted Starmer at the White House on "
        "Thursday.",
        dt.date(2025, 2, 28),
        [((TRUMP, STARMER), "visit", "occurred", "2025-02-27")],
    ),
    (
        "a-visit-a-week-after-an-arrival-is-another",
        "Starmer arrived in Washington on February 19 to meet Trump.\n\nTrump hosted Starmer at the White House on "
        "Thursday.",
        dt.date(2025, 2, 28),
        [((STARMER, TRUMP), "visit", "occurred", "2025-02-19"), ((TRUMP, STARMER), "visit", "occurred", "2025-02-27")],
    ),
    (
        "an-arrival-for-a-visit-whose-talks-lie-ahead-is-the-planned-visit",
        "Starmer arrived in Boston today for his first official visit to the United States, the high point of which "
        "will be talks with Trump at the White House.",
        dt.date(2025, 2, 26),
        [((STARMER, TRUMP), "visit", "planned", "2025-02-26")],
    ),
    (
        "talks-planned-after-an-arrival-that-happened-are-the-visit-under-way",
        "President Yoweri Museveni arrived in Nairobi on Monday for a two-day state visit and was welcomed on the "
        "tarmac by President Uhuru Kenyatta. Museveni is expected to hold talks with Kenyatta on Tuesday.",
        dt.date(2019, 3, 25),
        [(("yoweri-museveni", "uhuru-kenyatta"), "visit", "occurred", "2019-03-25/2019-03-26")],
    ),
    (
        "an-arrival-for-a-state-visit-where-talks-lie-ahead",
        "Lula arrived in Shanghai today for a state visit to China, where he will hold talks with Xi Jinping.",
        dt.date(2023, 4, 12),
        [(("luiz-inacio-lula-da-silva", "xi-jinping"), "visit", "planned", "2023-04-12")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(ONE_RECORD))
def test_one_record_per_encounter(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: Plans, with their own time and not the time of the words around them.
PLANS = [
    (
        "offered-to-host-is-a-plan",
        "Biden offered to host Lula at the White House.",
        dt.date(2023, 1, 10),
        [((BIDEN, LULA), "visit", "planned", None)],
    ),
    (
        "offered-after-the-meeting-is-no-plan",
        "Biden met Lula on Monday and offered help.",
        dt.date(2023, 1, 10),
        [((BIDEN, LULA), "meeting", "occurred", "2023-01-09")],
    ),
    (
        "wanted-to-host-is-a-plan",
        "Albanese told Modi on Monday that he wanted to host him in Canberra later this year.",
        dt.date(2023, 5, 25),
        [(("anthony-albanese", MODI), "visit", "planned", "2023-05-26/2023-12-31")],
    ),
    (
        "wanted-to-visit-is-a-plan",
        "Lula said on Tuesday that he wanted to visit Xi in Beijing in March.",
        dt.date(2023, 1, 10),
        [((LULA, XI), "visit", "planned", "2023-03")],
    ),
    (
        "a-meeting-noun-before-are-slated-is-planned",
        "Kishida and Yoon agreed to hold talks in Seoul. Their talks are slated for May 7.",
        WEDNESDAY,
        [((KISHIDA, YOON), "visit", "planned", "2023-05-07")],
    ),
    (
        "a-visit-in-parentheses-before-will-is-planned",
        "Yoon said the visit (Kishida's trip to Seoul) will open a new chapter.",
        WEDNESDAY,
        [((KISHIDA, YOON), "visit", "planned", None)],
    ),
    (
        "a-quoted-visit-takes-no-time-of-the-words-around-the-quote",
        'At a dinner on May 2, Yoon said, "Kishida\'s visit to Seoul will open a new chapter."',
        WEDNESDAY,
        [((KISHIDA, YOON), "visit", "planned", None)],
    ),
    (
        "an-invitation-s-visit-is-not-dated-by-the-visit-before-it",
        "Yoon used his visit to Tokyo in March to invite Kishida to visit Seoul.",
        WEDNESDAY,
        [((YOON, KISHIDA), "visit", "occurred", "2023-03"), ((YOON, KISHIDA), "visit", "planned", None)],
    ),
    (
        "an-invitation-to-visit-in-a-month-is-dated",
        "Yoon invited Kishida on Monday to visit Seoul in June.",
        WEDNESDAY,
        [((YOON, KISHIDA), "visit", "planned", "2023-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PLANS))
def test_plans_are_planned_with_their_own_time(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A meeting at a dated summit, or during a dated visit, takes its dates when it has none of its own.
AT_SUMMITS = [
    (
        "a-headline-s-sidelines-meeting-takes-the-summit-s-date-given-later",
        "Anwar meets Mohammed bin Salman on sidelines of ASEAN-GCC Summit in Riyadh\n\n"
        "Anwar attended the ASEAN-Gulf Cooperation Council (GCC) Summit in Riyadh yesterday.",
        dt.date(2023, 10, 21),
        [((ANWAR, MBS), "meeting", "occurred", "2023-10-20")],
    ),
    (
        "a-possessive-country-is-no-place-of-the-talks",
        "Anwar met the Emir of Qatar yesterday and discussed investment in Malaysia's solar sector.",
        dt.date(2023, 10, 21),
        [((ANWAR, TAMIM), "meeting", "occurred", "2023-10-20")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(AT_SUMMITS))
def test_a_meeting_at_a_dated_summit_takes_its_dates(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_joint_summit_named_with_an_abbreviation_is_one_summit() -> None:
    text = (
        "Anwar meets Mohammed bin Salman on sidelines of ASEAN-GCC Summit in Riyadh\n\n"
        "Anwar attended the ASEAN-Gulf Cooperation Council (GCC) Summit in Riyadh yesterday."
    )
    [summit] = de.parse(text, published=dt.date(2023, 10, 21)).summits
    assert (summit.name, written(summit.date)) == ("ASEAN-GCC summit", "2023-10-20")


#: A summit's edition from the time of its meeting, and not from a time past its clause: (text, published, summits).
SUMMIT_TIMES = [
    (
        "frame-a-month-and-year-before-during",
        "Modi and Sunak last met in Hiroshima in May 2023, during the G7 summit.",
        dt.date(2023, 9, 9),
        [("G7 summit", "2023-05-19/2023-05-21")],
    ),
    (
        "frame-an-opening-time-before-the-margins",
        "In January 2018 Ruto and Museveni sat down on the margins of an African Union summit in Addis Ababa.",
        dt.date(2023, 7, 13),
        [("AU summit", "2018-01-28/2018-01-29")],
    ),
    (
        "frame-the-eve-of-a-summit-is-the-day-before-its-edition",
        "Scholz met Biden in Rome on 29 October 2021, on the eve of the G20 summit.",
        dt.date(2024, 6, 10),
        [("G20 summit", "2021-10-30/2021-10-31")],
    ),
    (
        "frame-across-the-summit-s-length",
        "Modi and Xi met in October 2024 on the margins of the three-day BRICS summit.",
        dt.date(2025, 8, 20),
        [("BRICS summit", "2024-10-22/2024-10-24")],
    ),
    (
        "frame-across-a-modifier",
        "Biden and Kishida met in May 2023, during the annual G7 summit.",
        dt.date(2025, 1, 10),
        [("G7 summit", "2023-05-19/2023-05-21")],
    ),
    (
        "frame-a-time-no-edition-fits-is-not-the-summit-s",
        "Biden said on Monday that he would meet Xi on the sidelines of the G20 summit.",
        dt.date(2024, 11, 4),
        [("G20 summit", "2024-11-18/2024-11-19")],
    ),
    (
        "setting-a-past-meeting-reads-the-summit-s-day-back",
        "Kishida and Biden sat down together on the margins of the G7 in Hiroshima on Saturday.",
        dt.date(2023, 5, 24),
        [("G7 summit", "2023-05-20")],
    ),
    (
        "setting-a-past-meeting-s-weekday-nearer-ahead",
        "Erdogan sat down with Biden on the sidelines of the NATO summit on Tuesday.",
        dt.date(2023, 7, 15),
        [("NATO summit", "2023-07-11")],
    ),
    (
        "clause-a-time-after-but-is-another-clause-s",
        "Erdogan attended the NATO summit in Vilnius, but on Thursday he flew to Jeddah.",
        dt.date(2023, 7, 17),
        [("NATO summit", "2023-07-11/2023-07-12")],
    ),
    (
        "clause-a-time-after-while-is-another-clause-s",
        "Biden joined the NATO summit in Vilnius, while on Friday Macron hosted Modi in Paris.",
        dt.date(2023, 7, 17),
        [("NATO summit", "2023-07-11/2023-07-12")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(SUMMIT_TIMES))
def test_a_summit_takes_the_edition_of_its_meeting_s_time_not_a_later_clause_s(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    found = de.parse(text, published=published).summits
    assert [(summit.name, written(summit.date)) for summit in found] == expected


#: Recaps: past meetings told in passing, with their own time.
RECAPS = [
    (
        "their-second-summit-with-its-own-time",
        "Donald Trump and Kim Jong Un first met in Singapore in June 2018. Their second summit, in Hanoi in "
        "February 2019, ended without a deal.",
        dt.date(2019, 7, 1),
        [
            ((TRUMP, KIM), "meeting", "occurred", "2018-06"),
            ((TRUMP, KIM), "meeting", "occurred", "2019-02"),
        ],
    ),
    (
        "a-hyphenated-pair-s-summit",
        "Donald Trump met Kim Jong Un at the border on Sunday. The second Trump-Kim summit, held in Hanoi in "
        "February 2019, was meant to set a timetable.",
        dt.date(2019, 7, 1),
        [((TRUMP, KIM), "meeting", "occurred", "2019-06-30"), ((TRUMP, KIM), "meeting", "occurred", "2019-02")],
    ),
    (
        "since-their-summit-is-a-meeting-of-its-own",
        "On Friday, Donald Trump sat down with Vladimir Putin for the first time since their Helsinki summit "
        "last July.",
        dt.date(2019, 6, 29),
        [((TRUMP, PUTIN), "meeting", "occurred", "2019-06-28"), ((TRUMP, PUTIN), "meeting", "occurred", "2018-07")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(RECAPS))
def test_a_recap_is_a_meeting_with_its_own_time(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_leader_who_joins_two_makes_one_encounter_of_three() -> None:
    text = "Donald Trump sat down with Kim Jong Un at Panmunjom on Sunday. Moon Jae-in then joined the two men."
    assert meetings(text, dt.date(2019, 7, 1)) == [((MOON, TRUMP, KIM), "summit", "occurred", "2019-06-30")]


#: Plans told in a time clause, and meetings on a summit's sidelines.
MORE_PLANS = [
    (
        "when-they-meet-after-a-plan-is-planned",
        "On Tuesday, Modi and Xi Jinping are both expected to have their first sit-down since the border row when they "
        "meet on the sidelines of the BRICS summit.",
        dt.date(2017, 9, 4),
        [((MODI, XI), "meeting", "planned", "2017-09-05")],
    ),
    (
        "when-they-met-stays-past",
        "Modi will visit Beijing next month, his first trip since he met Xi Jinping in Wuhan in April 2018.",
        dt.date(2019, 9, 4),
        [((MODI, XI), "visit", "planned", "2019-10"), ((MODI, XI), "visit", "occurred", "2018-04")],
    ),
    (
        "a-first-visit-since-taking-office-is-expected",
        "Albanese's first visit to China since taking office in 2022 is expected to take place in November.",
        dt.date(2023, 7, 10),
        [(("anthony-albanese", XI), "visit", "planned", None)],
    ),
    (
        "a-first-visit-since-a-year-was-a-success",
        "Albanese's first visit to China since 2016 was a success, Xi Jinping said.",
        dt.date(2023, 11, 10),
        [(("anthony-albanese", XI), "visit", "occurred", "2023-11-09/2023-11-10")],
    ),
    (
        "yesterday-before-when-they-meet-dates-the-saying",
        "A spokesman yesterday said that the border would be the first topic when Modi and Xi Jinping meet.",
        dt.date(2017, 9, 4),
        [((MODI, XI), "meeting", "planned", None)],
    ),
    (
        "a-plan-in-a-time-clause-joins-the-planned-visit",
        "Modi arrived in Xiamen today for a state visit to China, where he will hold talks with Xi Jinping. The "
        "foreign ministry said last week that trade would be on the agenda when the two leaders meet.",
        dt.date(2017, 9, 4),
        [((MODI, XI), "visit", "planned", "2017-09-04")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(MORE_PLANS))
def test_plans_in_time_clauses_and_journeys(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_sidelines_meeting_stays_a_meeting_when_a_trip_report_folds_into_it() -> None:
    text = (
        "Trump will travel to Manila for the ASEAN summit. He will hold talks with Duterte on the sidelines of the "
        "Manila ASEAN summit. Trump and Duterte will meet when they arrive in Manila."
    )
    found = meetings(text, dt.date(2017, 11, 9))
    assert [(row[0], row[1]) for row in found] == [((TRUMP, DUTERTE), "meeting")]


def test_a_later_step_of_a_trip_names_no_summit_of_the_meeting() -> None:
    text = (
        "Prabowo will fly to Washington, where he is due to meet Joe Biden at the White House on November 12, "
        "before heading to Lima for the Asia-Pacific Economic Cooperation summit."
    )
    [meeting] = de.parse(text, published=dt.date(2024, 11, 8)).meetings
    assert (meeting.kind.value, meeting.summit, written(meeting.date)) == ("visit", None, "2024-11-12")


#: An undated meeting that goes on from the event told before.
GOES_ON = [
    (
        "also-opening-a-paragraph-goes-on-from-the-day-told",
        "Erdogan held a bilateral meeting with Xi Jinping in Astana on Thursday.\n\n"
        "Erdogan also held talks with Alexander Lukashenko, whose country joined the bloc that day.",
        dt.date(2024, 7, 4),
        [
            ((ERDOGAN, XI), "meeting", "occurred", "2024-07-04"),
            ((ERDOGAN, LUKASHENKO), "meeting", "occurred", "2024-07-04"),
        ],
    ),
    (
        "a-recap-inside-a-sentence-is-not-what-the-story-goes-on-from",
        "Sisi travelled to Washington on Monday for talks with Donald Trump.\n\n"
        "Sisi recalled that he had backed Trump after their September meeting.\n\n"
        "The two leaders then held a private meeting.",
        dt.date(2017, 4, 4),
        [((SISI, TRUMP), "visit", "occurred", "2017-04-03")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(GOES_ON))
def test_an_undated_meeting_that_goes_on(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


MILEI, BORIC = "javier-milei", "gabriel-boric"
#: A wire story's lead dates the undated mentions of its encounter in the paragraphs after it (date.lead).
LEAD = [
    (
        "the-lead's-day-dates-their-first-meeting",
        "BRASILIA - Lula sought on Tuesday to mend ties with Argentine President Javier Milei after months of "
        "insults.\n\nBoth men said their first meeting would open a new chapter.\n\nThe two presidents later met "
        "in private at the Planalto palace.",
        dt.date(2024, 6, 12),
        [((LULA, MILEI), "visit", "occurred", "2024-06-11")],
    ),
    (
        "the-lead's-leader-meets-another-that-day",
        "Lula sought on Tuesday to mend ties with Javier Milei.\n\nLula met Gabriel Boric in private.",
        dt.date(2024, 6, 12),
        [((LULA, BORIC), "meeting", "occurred", "2024-06-11")],
    ),
    (
        "leaders-the-lead-does-not-name-are-not-dated-by-it",
        "Lula sought on Tuesday to mend ties with Javier Milei.\n\nGabriel Boric met Gustavo Petro in private.",
        dt.date(2024, 6, 12),
        [((BORIC, "gustavo-petro"), "meeting", "occurred", None)],
    ),
    (
        "a-lead-of-one-leader",
        "SANTIAGO - Lula landed in Santiago on Monday for his first visit to Chile in a decade.\n\n"
        "Lula met Gabriel Boric at La Moneda palace.",
        dt.date(2024, 6, 11),
        [((LULA, BORIC), "visit", "occurred", "2024-06-10")],
    ),
    (
        "a-statement's-day-is-no-lead's",
        "Lula will visit Chile later this month, an aide told reporters on Monday.\n\n"
        "Lula met Gabriel Boric at La Moneda palace.",
        dt.date(2024, 6, 11),
        [((LULA, BORIC), "visit", "planned", "2024-06-12/2024-06-30"), ((LULA, BORIC), "meeting", "occurred", None)],
    ),
    (
        "a-plan-is-not-the-lead's-day",
        "Lula sought on Tuesday to mend ties with Javier Milei.\n\nThe two presidents will meet in Buenos Aires.",
        dt.date(2024, 6, 12),
        [((LULA, MILEI), "visit", "planned", None)],
    ),
    (
        "a-lead-of-weeks-ago-is-no-lead",
        "Lula sought on May 20 to mend ties with Javier Milei.\n\nThe two presidents met in private.",
        dt.date(2024, 6, 12),
        [((LULA, MILEI), "meeting", "occurred", None)],
    ),
    (
        "monday-read-on-a-sunday-is-no-lead",
        "Lula welcomes Javier Milei before formal talks in Brasilia on Monday.\n\nThe two presidents met in private.",
        dt.date(2024, 6, 9),
        [((LULA, MILEI), "visit", "occurred", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(LEAD))
def test_the_lead_dates_its_encounter(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


PRABOWO = "prabowo-subianto"
#: A page's news: what it leads with, undated, happened on the publication day or the day before (date.news-day).
NEWS_DAY = [
    (
        "the-lead-with-no-time-is-the-news-of-the-day",
        "Prime Minister Anwar Ibrahim held a bilateral meeting with President Prabowo Subianto at the palace.\n\n"
        "The two leaders discussed trade.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", "2025-01-26/2025-01-27")],
    ),
    (
        "a-later-sentence-is-no-lead",
        "Lula spoke about the economy.\n\nAnwar held a bilateral meeting with Prabowo Subianto.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", None)],
    ),
    (
        "an-opening-that-names-no-leader-leaves-the-news-to-the-next-sentence",
        "Trade was at the top of the agenda in Jakarta.\n\n"
        "Prime Minister Anwar Ibrahim held a bilateral meeting with President Prabowo Subianto.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", "2025-01-26/2025-01-27")],
    ),
    (
        "an-opening-that-names-a-time-ties-the-story-to-it",
        "Markets fell sharply on Tuesday.\n\nAnwar held a bilateral meeting with Prabowo Subianto.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", None)],
    ),
    (
        "a-plan-is-no-news",
        "Anwar will hold a bilateral meeting with Prabowo Subianto at the palace.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "planned", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(NEWS_DAY))
def test_the_news_a_page_leads_with_is_of_its_day(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: The leaders a page's news names (its first sentence, with no time) met on its day (date.news-lead).
NEWS_LEAD = [
    (
        "the-news-leader's-later-meeting-is-of-the-news-day",
        "Anwar spoke about the economy at the palace.\n\nAnwar held a bilateral meeting with Prabowo Subianto.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", "2025-01-26/2025-01-27")],
    ),
    (
        "a-second-counterpart-of-the-news-leader",
        "Lula received Javier Milei at the Planalto palace.\n\nThe talks ran long.\n\n"
        "Lula later held talks with Gabriel Boric over lunch.",
        dt.date(2024, 6, 14),
        [
            ((LULA, MILEI), "visit", "occurred", "2024-06-13/2024-06-14"),
            ((LULA, BORIC), "meeting", "occurred", "2024-06-13/2024-06-14"),
        ],
    ),
    (
        "a-plan-takes-no-news-day",
        "Lula received Javier Milei at the Planalto palace.\n\nLula will meet Gabriel Boric in Santiago.",
        dt.date(2024, 6, 14),
        [((LULA, MILEI), "visit", "occurred", "2024-06-13/2024-06-14"), ((LULA, BORIC), "visit", "planned", None)],
    ),
    (
        "a-time-the-story-cannot-place-is-no-news-day",
        "Lula received Javier Milei at the Planalto palace.\n\nLula met Gabriel Boric a week after taking office.",
        dt.date(2024, 6, 14),
        [((LULA, MILEI), "visit", "occurred", "2024-06-13/2024-06-14"), ((LULA, BORIC), "meeting", "occurred", None)],
    ),
    (
        "a-planned-opening-is-no-news",
        "Anwar will speak about the economy.\n\nAnwar held a bilateral meeting with Prabowo Subianto.",
        dt.date(2025, 1, 27),
        [((ANWAR, PRABOWO), "meeting", "occurred", None)],
    ),
    (
        "the-news-is-the-meeting-the-story-dates-days-before",
        "Lula praised the trade accord with Javier Milei.\n\nThe two presidents met over dinner.\n\n"
        "They had held formal talks on Tuesday in Brasilia.",
        dt.date(2024, 6, 14),
        [((LULA, MILEI), "visit", "occurred", "2024-06-11")],
    ),
    (
        "a-meeting-of-weeks-before-is-another",
        "Lula praised the trade accord with Javier Milei.\n\nThe two presidents met over dinner.\n\n"
        "Lula first met Milei on June 3 in Brasilia.",
        dt.date(2024, 6, 14),
        [
            ((LULA, MILEI), "meeting", "occurred", "2024-06-13/2024-06-14"),
            ((LULA, MILEI), "visit", "occurred", "2024-06-03"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(NEWS_LEAD))
def test_the_news_leaders_undated_meetings_are_of_its_day(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


SANCHEZ, MELONI = "pedro-sanchez", "giorgia-meloni"
#: A story that leads with a leader's plan of one day of the week ahead is that day's programme (date.programme-day).
PROGRAMME_DAY = [
    (
        "the-undated-plans-of-a-day's-programme-take-its-day",
        "Scholz will attend the EU summit in Brussels on Thursday.\n\nEmmanuel Macron and Pedro Sanchez are "
        "scheduled to hold a meeting.\n\nLater Giorgia Meloni and Donald Tusk will have talks in the evening.",
        dt.date(2024, 6, 25),
        [
            ((MACRON, SANCHEZ), "meeting", "planned", "2024-06-27"),
            ((MELONI, TUSK), "meeting", "planned", "2024-06-27"),
        ],
    ),
    (
        "a-story-that-dates-another-day-is-no-programme",
        "Scholz will attend the EU summit in Brussels on Thursday.\n\nScholz met Emmanuel Macron in Paris on June 3."
        "\n\nGiorgia Meloni and Donald Tusk will hold talks.",
        dt.date(2024, 6, 25),
        [((SCHOLZ, MACRON), "visit", "occurred", "2024-06-03"), ((MELONI, TUSK), "meeting", "planned", None)],
    ),
    (
        "a-day-of-saying-is-no-programme's",
        "A spokesman said on Thursday that Scholz would attend the EU summit.\n\n"
        "Giorgia Meloni and Donald Tusk will hold talks.",
        dt.date(2024, 6, 27),
        [((MELONI, TUSK), "meeting", "planned", None)],
    ),
    (
        "a-month-is-no-day",
        "Scholz will attend the EU summit in Brussels in July.\n\nGiorgia Meloni and Donald Tusk will hold talks.",
        dt.date(2024, 6, 25),
        [((MELONI, TUSK), "meeting", "planned", None)],
    ),
    (
        "a-lead-that-happened-is-no-plan",
        "Scholz attended the EU summit in Brussels on Thursday.\n\nGiorgia Meloni and Donald Tusk will hold talks.",
        dt.date(2024, 6, 28),
        [((MELONI, TUSK), "meeting", "planned", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PROGRAMME_DAY))
def test_a_one_day_lead_plan_dates_the_storys_plans(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_the_purpose_of_a_planned_trip_is_planned() -> None:
    text = (
        "After the summit in Asunción, Lula was due to fly to Santa Cruz de la Sierra on Tuesday for a state visit to "
        "Bolivia, where Arce, who faced down a mutiny last month, hopes to sign a lithium deal."
    )
    assert meetings(text, dt.date(2024, 7, 9)) == [((LULA, ARCE), "visit", "planned", "2024-07-09")]


RAMAPHOSA, RUTO = "cyril-ramaphosa", "william-ruto"
#: A plan told after a departure lies in the days from it, not on the departure's day alone (date.onward).
ONWARD = [
    (
        "left-for-a-city-where-he-will-hold-talks",
        "Ramaphosa left on Thursday for Nairobi, where he will hold talks with William Ruto.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-13/2024-06-15")],
    ),
    (
        "departed-where-he-is-expected-to-meet",
        "Ramaphosa departed for Nairobi on Thursday, where he is expected to meet William Ruto.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-13/2024-06-15")],
    ),
    (
        "a-past-departure-s-weekday-is-the-one-before",
        "Ramaphosa left on Tuesday for Nairobi, where he will hold talks with William Ruto.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-11/2024-06-13")],
    ),
    (
        "a-past-heading-s-weekday-is-the-one-before",
        "Ramaphosa headed on Monday for Nairobi, where he is to meet William Ruto.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-10/2024-06-12")],
    ),
    (
        "what-happened-after-the-departure-keeps-its-day",
        "Ramaphosa left for Nairobi on Wednesday, where he met William Ruto.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "occurred", "2024-06-12")],
    ),
    (
        "a-plan's-own-later-time-is-its-own",
        "Ramaphosa will meet William Ruto on Saturday after he leaves for Nairobi.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "meeting", "planned", "2024-06-15")],
    ),
    (
        "a-plan-before-a-departure-lies-in-the-days-up-to-it",
        "Ramaphosa will meet William Ruto in Nairobi before flying to Kampala on Saturday.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-13/2024-06-15")],
    ),
    (
        "a-plan-before-a-later-departure-lies-in-the-days-from-the-page-s",
        "Ramaphosa will meet William Ruto in Nairobi before flying to Kampala on Wednesday.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "planned", "2024-06-13/2024-06-19")],
    ),
    (
        "what-happened-before-a-departure-lies-in-the-days-up-to-it",
        "Ramaphosa met William Ruto in Nairobi before heading to Kampala on Wednesday.",
        dt.date(2024, 6, 13),
        [((RAMAPHOSA, RUTO), "visit", "occurred", "2024-06-10/2024-06-12")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(ONWARD))
def test_a_plan_after_a_departure_lies_in_the_days_from_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


KISHIDA_, SISI, AKUFO_ADDO = "fumio-kishida", "abdel-fattah-el-sisi", "nana-akufo-addo"
MACRON_, HASSAN = "emmanuel-macron", "samia-suluhu-hassan"
#: A tour of several countries planned "from" a day starts that day; each visit lies in the days after it, two for
#: each country (time.tour-start), so talks the text dates later on the tour are the same visit.
TOUR = [
    (
        "a-tour-of-three-with-talks-dated-later",
        "Kishida will visit Egypt, Ghana and Kenya from Saturday. In Nairobi he will hold talks with President "
        "William Ruto on May 3.",
        dt.date(2023, 4, 26),
        [
            ((KISHIDA_, SISI), "visit", "planned", "2023-04-29/2023-05-05"),
            ((KISHIDA_, AKUFO_ADDO), "visit", "planned", "2023-04-29/2023-05-05"),
            ((KISHIDA_, RUTO), "visit", "planned", "2023-05-03"),
        ],
    ),
    (
        "a-tour-of-two",
        "Macron will visit Kenya and Tanzania from Saturday.",
        dt.date(2023, 4, 26),
        [
            ((MACRON_, RUTO), "visit", "planned", "2023-04-29/2023-05-03"),
            ((MACRON_, HASSAN), "visit", "planned", "2023-04-29/2023-05-03"),
        ],
    ),
    (
        "one-country-keeps-its-day",
        "Macron will visit Kenya from Saturday.",
        dt.date(2023, 4, 26),
        [((MACRON_, RUTO), "visit", "planned", "2023-04-29")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(TOUR))
def test_a_tour_from_a_day_lies_in_the_days_after_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


DAHAL, MURMU, MODI_ = "pushpa-kamal-dahal", "droupadi-murmu", "narendra-modi"
THURSDAY = dt.date(2023, 6, 1)
#: An arrival "on a four-day visit" lasts four days: what happened on it happened by publication
#: (date.paragraph-context), a plan on it lies in the days left (date.rest-of-visit), and is part of the
#: visit to India when it is with an Indian leader (form.during-visit).
REST_OF_VISIT = [
    (
        "a-plan-during-a-visit-under-way",
        "Dahal arrived in Delhi on Wednesday on a four-day official visit. He is due to call on President Droupadi "
        "Murmu.",
        THURSDAY,
        [
            ((DAHAL, MODI_), "visit", "occurred", "2023-05-31/2023-06-03"),  # a formal visit to India: its leader's
            ((DAHAL, MURMU), "visit", "planned", "2023-06-01/2023-06-03"),
        ],
    ),
    (
        "during-the-visit-in-the-next-paragraph",
        "Dahal arrived in Delhi on Wednesday on a four-day official visit.\n\n"
        "He will also meet President Droupadi Murmu during the visit.",
        THURSDAY,
        [
            ((DAHAL, MODI_), "visit", "occurred", "2023-05-31/2023-06-03"),
            ((DAHAL, MURMU), "visit", "planned", "2023-06-01/2023-06-03"),
        ],
    ),
    (
        "talks-on-the-visit-are-the-visit",
        "Dahal arrived in Delhi on Wednesday on a four-day official visit. He held talks with Narendra Modi.",
        THURSDAY,
        [((DAHAL, MODI_), "visit", "occurred", "2023-05-31/2023-06-03")],
    ),
    (
        "what-happened-on-a-journey-happened-by-publication",
        "Dahal arrived in Delhi on Wednesday on a four-day tour. He held talks with Narendra Modi.",
        THURSDAY,
        [((DAHAL, MODI_), "visit", "occurred", "2023-05-31/2023-06-01")],
    ),
    (
        "an-arrival-of-unknown-length-dates-no-plan",
        "Dahal arrived in Delhi on Wednesday. He is due to call on President Droupadi Murmu.",
        THURSDAY,
        [((DAHAL, MURMU), "visit", "planned", None)],
    ),
    (
        "a-visit-under-way-told-in-a-relative-clause",  # the formal visit names its host: a visit, told aside
        "Dahal, who arrived in Delhi on Wednesday on a four-day state visit, toured a metro depot.\n\n"
        "He will also meet President Droupadi Murmu during the visit.",
        THURSDAY,
        [
            ((DAHAL, MODI_), "visit", "occurred", "2023-05-31/2023-06-03"),
            ((DAHAL, MURMU), "visit", "planned", "2023-06-01/2023-06-03"),
        ],
    ),
    (
        "a-landing-on-a-visit-under-way",
        "Dahal, who landed in Delhi on Wednesday on a four-day tour, toured a metro depot.\n\n"
        "He will also meet President Droupadi Murmu during the visit.",
        THURSDAY,
        [((DAHAL, MURMU), "meeting", "planned", "2023-06-01/2023-06-03")],
    ),
    (
        "a-visit-over-before-publication-dates-no-plan",
        "Dahal arrived in Delhi on May 20 on a four-day official visit. He is due to call on President Droupadi Murmu.",
        THURSDAY,
        [
            ((DAHAL, MODI_), "visit", "occurred", "2023-05-20/2023-05-23"),
            ((DAHAL, MURMU), "meeting", "planned", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(REST_OF_VISIT))
def test_a_plan_on_a_visit_under_way_lies_in_its_days_left(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


NARUHITO, MILEI_, RAMAPHOSA = "naruhito", "javier-milei", "cyril-ramaphosa"
#: A plan with no time of its own, of a leader whose visit the story planned with its days, with leaders of the
#: country visited only, lies in all of the visit's days (date.rest-of-visit): not on the day of a plan told before
#: ("this week"), and each destination of a tour takes the tour's days; a plan with leaders of another country, of
#: other leaders, with its own time, or on a visit told as past keeps what it had.
TRIP_DAYS = [
    (
        "a-plan-after-a-plan-of-the-week",
        "Lula will make a state visit to Japan from May 4 to May 6, officials said on Monday.\n\n"
        "Kishida will hold talks with Lula this week.\n\nEmperor Naruhito will also receive Lula.",
        dt.date(2023, 5, 1),
        [
            ((LULA, KISHIDA), "visit", "planned", "2023-05-04/2023-05-06"),
            ((NARUHITO, LULA), "visit", "planned", "2023-05-04/2023-05-06"),
        ],
    ),
    (
        "a-later-destination-of-a-tour",
        "Modi will visit Ghana, Argentina and Namibia from July 2 to July 9 and attend the BRICS summit in Rio de "
        "Janeiro.\n\nModi will hold talks with President Javier Milei.",
        dt.date(2025, 6, 27),
        [((MODI, MILEI_), "meeting", "planned", "2025-07-02/2025-07-09")],
    ),
    (
        "the-last-destination-of-a-tour",
        "Lula will visit Angola and South Africa from August 20 to 27 and attend the BRICS summit in Johannesburg."
        "\n\nLula will hold talks with President Cyril Ramaphosa.",
        dt.date(2023, 8, 14),
        [((LULA, RAMAPHOSA), "meeting", "planned", "2023-08-20/2023-08-27")],
    ),
    (
        "a-leader-of-another-country-than-the-tour-s",
        "Modi will visit Ghana, Argentina and Namibia from July 2 to July 9 and attend the BRICS summit in Rio de "
        "Janeiro.\n\nModi will hold talks with President Gabriel Boric.",
        dt.date(2025, 6, 27),
        [((MODI, BORIC), "meeting", "planned", None)],
    ),
    (
        "a-plan-with-its-own-day",
        "Lula will make a state visit to Japan from May 4 to May 6, officials said on Monday.\n\n"
        "Kishida will hold talks with Lula this week.\n\nEmperor Naruhito will also receive Lula on May 5.",
        dt.date(2023, 5, 1),
        [
            ((LULA, KISHIDA), "visit", "planned", "2023-05-04/2023-05-06"),
            ((NARUHITO, LULA), "visit", "planned", "2023-05-05"),
        ],
    ),
    (
        "a-visit-told-as-past-dates-no-plan",
        "Lula made a state visit to Japan from April 4 to April 6, officials said on Monday.\n\n"
        "Kishida held talks with Lula.\n\nEmperor Naruhito will also receive Lula.",
        dt.date(2023, 5, 1),
        [
            ((LULA, KISHIDA), "visit", "occurred", "2023-04-04/2023-04-06"),
            ((NARUHITO, LULA), "visit", "planned", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(TRIP_DAYS))
def test_a_plan_on_a_planned_visit_lies_in_its_days(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


KARZAI, RAJAPAKSA = "hamid-karzai", "mahinda-rajapaksa"
TUESDAY = dt.date(2014, 5, 27)
#: A plan that goes on from a meeting of the publication day is later that day (date.later-that-day).
LATER_THAT_DAY = [
    (
        "then-after-talks-of-the-day",
        "Modi held talks with Hamid Karzai on Tuesday. He will then meet Mahinda Rajapaksa.",
        TUESDAY,
        [
            ((MODI_, KARZAI), "meeting", "occurred", "2014-05-27"),
            ((MODI_, RAJAPAKSA), "meeting", "planned", "2014-05-27"),
        ],
    ),
    (
        "will-be-followed-by-in-the-next-paragraph",
        "Modi held talks with Hamid Karzai on Tuesday.\n\nThe talks will be followed by a meeting with Mahinda "
        "Rajapaksa.",
        TUESDAY,
        [
            ((MODI_, KARZAI), "meeting", "occurred", "2014-05-27"),
            ((MODI_, RAJAPAKSA), "meeting", "planned", "2014-05-27"),
        ],
    ),
    (
        "talks-of-the-day-before-date-no-plan",
        "Modi held talks with Hamid Karzai on Monday. He will then meet Mahinda Rajapaksa.",
        TUESDAY,
        [((MODI_, KARZAI), "meeting", "occurred", "2014-05-26"), ((MODI_, RAJAPAKSA), "meeting", "planned", None)],
    ),
    (
        "a-plan-that-only-goes-on-is-no-next-step",
        "Modi held talks with Hamid Karzai on Tuesday. The two leaders also agreed to meet again soon.",
        TUESDAY,
        [((MODI_, KARZAI), "meeting", "occurred", "2014-05-27"), ((MODI_, KARZAI), "meeting", "planned", None)],
    ),
    (
        "a-plan-that-does-not-go-on-stays-undated",
        "Modi held talks with Hamid Karzai on Tuesday. He will meet Mahinda Rajapaksa.",
        TUESDAY,
        [((MODI_, KARZAI), "meeting", "occurred", "2014-05-27"), ((MODI_, RAJAPAKSA), "meeting", "planned", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(LATER_THAT_DAY))
def test_a_plan_going_on_from_the_day_is_later_that_day(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


LULA_, LACALLE = "luiz-inacio-lula-da-silva", "luis-lacalle-pou"
#: A participle clause after 'before' has no tense of its own: in a sentence in the future, it is a plan, and its
#: weekday lies ahead (status.participle-clause).
PARTICIPLE_CLAUSE = [
    (
        "will-stay-before-flying-for-talks",
        "Lula will stay in Buenos Aires on Tuesday before flying to Montevideo on Wednesday for talks with Luis "
        "Lacalle Pou.",
        dt.date(2023, 1, 23),
        [((LULA_, LACALLE), "visit", "planned", "2023-01-25")],
    ),
    (
        "is-expected-to-attend-before-meeting",
        "Lula is expected to attend the summit on Tuesday, before meeting Luis Lacalle Pou in Montevideo on Thursday.",
        dt.date(2023, 1, 23),
        [((LULA_, LACALLE), "visit", "planned", "2023-01-26")],
    ),
    (
        "an-adverb-between-copula-and-cue",
        "Petro is also due to meet Daniel Noboa in Quito before flying to Lima on Friday for talks with Dina Boluarte.",
        dt.date(2024, 3, 4),
        [
            (("gustavo-petro", "daniel-noboa"), "visit", "planned", "2024-03-04/2024-03-08"),  # before the flight
            (("gustavo-petro", "dina-boluarte"), "visit", "planned", "2024-03-08"),
        ],
    ),
    (
        "still-expected-before-travelling",
        "Ruto is still expected to host Samia Suluhu Hassan on Monday before travelling to Kampala on Thursday for "
        "talks with Museveni.",
        dt.date(2024, 3, 4),
        [
            (("william-ruto", "samia-suluhu-hassan"), "visit", "planned", "2024-03-04"),
            (("william-ruto", "yoweri-museveni"), "visit", "planned", "2024-03-07"),
        ],
    ),
    (
        "a-sentence-in-the-past-keeps-its-past",
        "Lula stayed in Buenos Aires on Tuesday before flying to Montevideo on Wednesday for talks with Luis Lacalle "
        "Pou.",
        dt.date(2023, 1, 27),
        [((LULA_, LACALLE), "visit", "occurred", "2023-01-25")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PARTICIPLE_CLAUSE))
def test_a_participle_clause_takes_the_future_of_its_sentence(
    text: str, published: dt.date, expected: list[Row]
) -> None:
    assert meetings(text, published) == expected


#: A plan whose only time is its statement's is undated; a past event keeps the statement's day
#: (time.statement-of-plan).
STATEMENT_OF_PLAN = [
    (
        "statement-released-on",
        "Boric and Petro are due to discuss energy trade, the Chilean government said in a communique released "
        "on Sunday.",
        dt.date(2024, 3, 4),
        [(("gabriel-boric", "gustavo-petro"), "meeting", "planned", None)],
    ),
    (
        "said-on",
        "Lula and Petro will hold talks on the Amazon, the Brazilian presidency said on Sunday.",
        dt.date(2024, 3, 4),
        [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "meeting", "planned", None)],
    ),
    (
        "a-past-meeting-keeps-the-day-or-the-day-before",  # date.reported-day
        "Lula met Petro in Leticia, the Brazilian presidency said on Sunday.",
        dt.date(2024, 3, 4),
        [(("luiz-inacio-lula-da-silva", "gustavo-petro"), "meeting", "occurred", "2024-03-02/2024-03-03")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(STATEMENT_OF_PLAN))
def test_a_statement_s_time_does_not_date_a_plan(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


LOURENCO, MUSEVENI, KAGAME, TSHISEKEDI, RAMAPHOSA_ = (
    "joao-lourenco",
    "yoweri-museveni",
    "paul-kagame",
    "felix-tshisekedi",
    "cyril-ramaphosa",
)
FOUR = (LOURENCO, MUSEVENI, KAGAME, TSHISEKEDI)
#: An undated plan of people who all meet at a planned gathering told before is part of it (date.same-plan).
SAME_PLAN = [
    (
        "a-plan-among-the-gathering's-people",
        "Lourenco, Museveni, Paul Kagame and Tshisekedi will hold a summit in Gatuna on Friday.\n\n"
        "Lourenco will meet Museveni and Paul Kagame at the border.",
        dt.date(2020, 2, 20),
        [
            (FOUR, "summit", "planned", "2020-02-21"),
            ((LOURENCO, MUSEVENI), "meeting", "planned", "2020-02-21"),
            ((LOURENCO, KAGAME), "meeting", "planned", "2020-02-21"),
        ],
    ),
    (
        "someone-outside-the-gathering",
        "Lourenco, Museveni, Paul Kagame and Tshisekedi will hold a summit in Gatuna on Friday.\n\n"
        "Lourenco will meet Ramaphosa at the border.",
        dt.date(2020, 2, 20),
        [(FOUR, "summit", "planned", "2020-02-21"), ((LOURENCO, RAMAPHOSA_), "meeting", "planned", None)],
    ),
    (
        "a-gathering-that-happened-dates-no-plan",
        "Lourenco, Museveni and Paul Kagame met in Luanda on February 2.\n\n"
        "Lourenco will meet Museveni and Paul Kagame at the border.",
        dt.date(2020, 2, 20),
        [
            ((LOURENCO, MUSEVENI, KAGAME), "summit", "occurred", "2020-02-02"),
            ((LOURENCO, MUSEVENI), "meeting", "planned", None),
            ((LOURENCO, KAGAME), "meeting", "planned", None),
        ],
    ),
]


LULA__, MELONI, RAMAPHOSA__, RUTO = "luiz-inacio-lula-da-silva", "giorgia-meloni", "cyril-ramaphosa", "william-ruto"
#: A base form after 'and' shares the plan of the verb it is coordinated with (status.shared-future); a verb in the
#: past after the cue keeps the past.
SHARED_FUTURE = [
    (
        "will-attend-and-meet",
        "Lula will attend the forum of the agency, a United Nations body, and meet Giorgia Meloni.",
        dt.date(2024, 6, 10),
        [((LULA__, MELONI), "meeting", "planned", None)],
    ),
    (
        "is-set-to-open-and-sit-down",
        "William Ruto is set to open the new port, a project of ten years, and sit down with Cyril Ramaphosa.",
        dt.date(2024, 6, 10),
        [((RUTO, RAMAPHOSA__), "meeting", "planned", None)],
    ),
    (
        "will-address-a-forum-and-meet",
        "After landing in Astana, Xi will address a forum of the bloc, a body that has grown since 2001, and meet "
        "Vladimir Putin.",
        dt.date(2024, 6, 10),
        [((XI, PUTIN), "meeting", "planned", None)],
    ),
    (
        "a-verb-in-the-past-after-the-cue-keeps-the-past",
        "Ramaphosa, who plans to retire, opened a fair in Nairobi on Monday and met William Ruto.",
        dt.date(2024, 6, 12),
        [((RAMAPHOSA__, RUTO), "visit", "occurred", "2024-06-10")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(SHARED_FUTURE))
def test_a_base_form_after_and_shares_the_plan_before_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


TRUMP__, PUTIN__ = "donald-trump", "vladimir-putin"
#: A calling off only threatened or weighed leaves the meeting a plan (status.contemplated-cancel), and a time
#: before it dates the threat (time.contemplated-cancel); a cancellation done or decided drops it.
CONTEMPLATED_CANCEL = [
    (
        "threatened-to-cancel",
        "On Monday, Trump threatened to cancel his meeting with Vladimir Putin.",
        dt.date(2018, 11, 28),
        [((TRUMP__, PUTIN__), "meeting", "planned", None)],
    ),
    (
        "weighing-calling-off-a-dated-summit",
        "Trump told a newspaper on Tuesday that he was weighing calling off his summit with Vladimir Putin on "
        "Saturday.",
        dt.date(2018, 11, 28),
        [((TRUMP__, PUTIN__), "meeting", "planned", "2018-12-01")],
    ),
    (
        "decided-to-cancel-drops-it",
        "On Monday, Trump decided to cancel his meeting with Vladimir Putin.",
        dt.date(2018, 11, 28),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(CONTEMPLATED_CANCEL))
def test_a_threatened_cancellation_leaves_a_plan(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


MADURO, SANTOS, DUQUE = "nicolas-maduro", "juan-manuel-santos", "ivan-duque"
#: A trigger in a clause ', when ...' right after a time takes that time, even one related by 'since' or 'until'
#: (time.when-clause); a time of its own wins.
WHEN_CLAUSE = [
    (
        "the-first-since-a-day-when-they-met",
        "Their talks were the first since May 3, 2015, when Nicolas Maduro met Juan Manuel Santos in Caracas.",
        dt.date(2022, 11, 1),
        [((MADURO, SANTOS), "visit", "occurred", "2015-05-03")],
    ),
    (
        "until-a-year-when-they-met",
        "Relations froze until 2019, when Nicolas Maduro met Ivan Duque in Caracas.",
        dt.date(2022, 11, 1),
        [((MADURO, DUQUE), "visit", "occurred", "2019-01-01/2019-12-31")],
    ),
    (
        "a-time-of-its-own-wins",
        "Trade grew in 2014, when Nicolas Maduro met Juan Manuel Santos in Caracas on Monday.",
        dt.date(2015, 5, 6),
        [((MADURO, SANTOS), "visit", "occurred", "2015-05-04")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(WHEN_CLAUSE))
def test_a_when_clause_takes_the_time_before_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), **rows(SAME_PLAN))
def test_a_plan_among_a_planned_gathering_is_part_of_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


TRUMP_, XI_, MERZ = "donald-trump", "xi-jinping", "friedrich-merz"
#: A story speaks from the day its dateline names, in the days before publication (dating.filed_day).
FILED = [
    (
        "a-wire-filed-the-day-before",
        "WASHINGTON, June 5 (Reuters) - President Donald Trump spoke by phone with Chinese President Xi Jinping today.",
        dt.date(2025, 6, 6),
        [((TRUMP_, XI_), "call", "occurred", "2025-06-05")],
    ),
    (
        "a-dateline-line-the-day-before",
        "June 5, 2025\n\nPresident Donald Trump met German Chancellor Friedrich Merz at the White House today.",
        dt.date(2025, 6, 6),
        [((TRUMP_, MERZ), "visit", "occurred", "2025-06-05")],
    ),
    (
        "the-days-of-a-trip-are-no-dateline",
        "June 22-24, 2025\n\nPresident Donald Trump met German Chancellor Friedrich Merz at the White House today.",
        dt.date(2025, 6, 24),
        [((TRUMP_, MERZ), "visit", "occurred", "2025-06-24")],
    ),
    (
        "a-listing's-date-lines-head-its-sections",
        "Putin's visit to Egypt and Turkey: the events\n\nOctober 8, 2024, Cairo\nMeeting with President of Egypt "
        "Abdel Fattah el-Sisi\n\nOctober 9, 2024, Ankara\nVladimir Putin and Recep Tayyip Erdogan held talks.",
        dt.date(2024, 10, 10),
        [
            (("vladimir-putin", "abdel-fattah-el-sisi"), "meeting", "occurred", "2024-10-08"),
            (("vladimir-putin", "recep-tayyip-erdogan"), "meeting", "occurred", "2024-10-09"),
        ],
    ),
    (
        "an-agency-dateline-between-slashes-the-day-before",
        "BEIJING, June 5. /XINHUA/. President Donald Trump spoke by phone with Chinese President Xi Jinping today.",
        dt.date(2025, 6, 6),
        [((TRUMP_, XI_), "call", "occurred", "2025-06-05")],
    ),
    (
        "an-agency-dateline-between-slashes-on-the-day-leads-with-its-news",
        "BERLIN, June 6. /DPA/. German Chancellor Friedrich Merz held a telephone conversation with President Donald "
        "Trump, his office said.",
        dt.date(2025, 6, 6),
        [((MERZ, TRUMP_), "call", "occurred", "2025-06-05/2025-06-06")],
    ),
    (
        "a-dateline-weeks-before-is-another-story's",
        "WASHINGTON, May 20 (Reuters) - President Donald Trump met German Chancellor Friedrich Merz at the White "
        "House today.",
        dt.date(2025, 6, 6),
        [((TRUMP_, MERZ), "visit", "occurred", "2025-06-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(FILED))
def test_a_story_speaks_from_the_day_it_was_filed(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


MODI_MACRON = ("narendra-modi", "emmanuel-macron")
#: A meeting noun after 'ahead of' or a stay's 'for' has no tense: its weekday is read the nearer way
#: (status.tenseless-noun).
TENSELESS_NOUN = [
    (
        "ahead-of-talks-two-days-on",
        "Modi arrived in Paris ahead of talks with Emmanuel Macron on Friday.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "visit", "planned", "2024-06-14")],
    ),
    (
        "ahead-of-talks-the-day-before",
        "Modi arrived in Paris ahead of talks with Emmanuel Macron on Friday.",
        dt.date(2024, 6, 15),
        [(MODI_MACRON, "visit", "occurred", "2024-06-14")],
    ),
    (
        "in-a-city-for-talks",
        "Modi is in Paris for talks with Emmanuel Macron on Friday.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "visit", "planned", "2024-06-14")],
    ),
    (
        "an-opening-ahead-of-his-meeting",
        "Ahead of his meeting with Emmanuel Macron on Friday, Modi spoke to reporters.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "meeting", "planned", "2024-06-14")],
    ),
    (
        "held-talks-keeps-its-past",
        "Modi held talks with Emmanuel Macron on Friday.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "meeting", "occurred", "2024-06-07")],
    ),
]


#: A day told before 'ahead of' is the verb's before it, not the meeting noun's after it (time.ahead-of).
AHEAD_OF = [
    (
        "a-weekday-before-ahead-of-leaves-the-talks-undated-and-ahead",
        "Modi boarded his plane for Paris on Wednesday ahead of his talks with Emmanuel Macron.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "meeting", "planned", None)],
    ),
    (
        "an-arrival-before-ahead-of-keeps-its-day",
        "Modi landed in Paris on Wednesday ahead of his talks with Emmanuel Macron.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "visit", "occurred", "2024-06-12")],
    ),
    (
        "today-before-in-the-run-up-to",
        "Modi addressed business leaders today in the run-up to his summit with Emmanuel Macron.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "meeting", "planned", None)],
    ),
    (
        "a-time-after-the-noun-still-dates-it",
        "Modi boarded his plane for Paris on Wednesday ahead of his talks with Emmanuel Macron on Friday.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "meeting", "planned", "2024-06-14")],
    ),
    (
        "a-year-before-still-dates-it",
        "In 2019, Modi flew to Paris ahead of his talks with Emmanuel Macron.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "visit", "occurred", "2019-01-01/2019-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(AHEAD_OF))
def test_a_day_before_ahead_of_is_not_the_meeting_s(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), **rows(TENSELESS_NOUN))
def test_a_meeting_noun_with_no_tense_is_read_the_nearer_way(
    text: str, published: dt.date, expected: list[Row]
) -> None:
    assert meetings(text, published) == expected


BIDEN_XI = ("joe-biden", "xi-jinping")
#: A base form right after a plural subject is a present: read the nearer way (status.plural-present).
PLURAL_PRESENT = [
    (
        "two-leaders-meet-two-days-on",
        "Joe Biden and Xi Jinping meet on Wednesday in California.",
        dt.date(2023, 11, 13),
        [(BIDEN_XI, "meeting", "planned", "2023-11-15")],
    ),
    (
        "two-leaders-meet-told-the-day-after",
        "Joe Biden and Xi Jinping meet on Wednesday in California.",
        dt.date(2023, 11, 16),
        [(BIDEN_XI, "meeting", "occurred", "2023-11-15")],
    ),
    (
        "a-modifier-between-the-verb-and-its-noun",
        "Joe Biden and Xi Jinping hold formal talks on Wednesday in California.",
        dt.date(2023, 11, 13),
        [(BIDEN_XI, "meeting", "planned", "2023-11-15")],
    ),
    (
        "a-week-ahead-s-day-heading-dates-a-modified-present",
        "THE WEEK AHEAD\n\nWEDNESDAY, SEPT. 4\n- HANOI: Lula holds talks with To Lam at the palace.\n\n"
        "THURSDAY, SEPT. 5\n- TOKYO: Lula and Kishida hold lengthy talks and tour a factory. Lula calls on Emperor "
        "Naruhito.",
        dt.date(2024, 9, 1),
        [
            ((LULA, "to-lam"), "meeting", "planned", "2024-09-04"),
            ((LULA, "fumio-kishida"), "meeting", "planned", "2024-09-05"),
            ((LULA, "naruhito"), "meeting", "planned", "2024-09-05"),  # "calls on": a present too
        ],
    ),
    (
        "a-timeline's-present-keeps-its-date",
        "July 2015 - Barack Obama and Xi Jinping hold talks in Washington.",
        dt.date(2023, 11, 13),
        [(("barack-obama", "xi-jinping"), "visit", "occurred", "2015-07")],
    ),
]


#: A meeting noun with its own time that is the subject of a future is a plan (status.planned-cue).
NOUN_WITH_ITS_TIME = [
    (
        "talks-on-wednesday-are-expected-to",
        "Joe Biden's talks with Xi Jinping on Wednesday are expected to focus on military contacts.",
        dt.date(2023, 11, 13),
        [(BIDEN_XI, "meeting", "planned", "2023-11-15")],
    ),
    (
        "talks-on-wednesday-focused",
        "Joe Biden's talks with Xi Jinping on Wednesday focused on military contacts.",
        dt.date(2023, 11, 16),
        [(BIDEN_XI, "meeting", "occurred", "2023-11-15")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(NOUN_WITH_ITS_TIME))
def test_a_noun_with_its_time_before_a_future_is_a_plan(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PLURAL_PRESENT))
def test_a_plural_present_is_read_the_nearer_way(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: The purpose of a journey told in the present is a present too (status.present-journey).
PRESENT_JOURNEY = [
    (
        "leaves-to-meet",
        "Modi leaves for Paris on Thursday to meet Emmanuel Macron.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "visit", "planned", "2024-06-13")],
    ),
    (
        "heads-to-a-city-for-talks",
        "Modi heads to Paris on Thursday for talks with Emmanuel Macron.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "visit", "planned", "2024-06-13")],
    ),
    (
        "left-to-meet-keeps-its-past",
        "Modi left for Paris on Thursday to meet Emmanuel Macron.",
        dt.date(2024, 6, 12),
        [(MODI_MACRON, "visit", "occurred", "2024-06-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PRESENT_JOURNEY))
def test_the_purpose_of_a_present_journey_is_read_the_nearer_way(
    text: str, published: dt.date, expected: list[Row]
) -> None:
    assert meetings(text, published) == expected


#: A journey told in the present with a plain weekday lies ahead, even when the weekday just past is nearer
#: (time.departure-ahead); a journey in the past, or "last Friday", keeps its past.
DEPARTURE_AHEAD = [
    (
        "travels-on-friday-told-on-saturday",
        "Emmanuel Macron travels to Berlin on Friday for talks with Olaf Scholz.",
        dt.date(2024, 6, 15),
        [((MACRON, "olaf-scholz"), "visit", "planned", "2024-06-21")],
    ),
    (
        "on-monday-he-flies-told-on-thursday",
        "On Monday Narendra Modi flies to Paris to meet Emmanuel Macron.",
        dt.date(2024, 6, 13),
        [(MODI_MACRON, "visit", "planned", "2024-06-17")],
    ),
    (
        "flew-on-friday-keeps-its-past",
        "Emmanuel Macron flew to Berlin on Friday for talks with Olaf Scholz.",
        dt.date(2024, 6, 15),
        [((MACRON, "olaf-scholz"), "visit", "occurred", "2024-06-14")],
    ),
    (
        "last-friday-keeps-its-past",
        "Emmanuel Macron travels to Berlin again, a week after his talks with Olaf Scholz there last Friday.",
        dt.date(2024, 6, 15),
        [((MACRON, "olaf-scholz"), "visit", "occurred", "2024-06-14")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(DEPARTURE_AHEAD))
def test_a_present_journey_on_a_weekday_lies_ahead(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: "At the end of the month", "later in the month" are of the month the paragraph told before; with none told,
#: of the publication month (paragraph_times); "this month" is always the publication month.
THE_MONTH_TOLD = [
    (
        "the-end-of-the-month-after-a-month-with-no-year",
        "Shinzo Abe will visit Russia in May. He is due to meet Vladimir Putin in Moscow at the end of the month.",
        dt.date(2018, 4, 20),
        [(("shinzo-abe", PUTIN), "visit", "planned", "2018-05")],
    ),
    (
        "the-end-of-the-month-after-a-month-of-another-year",
        "Narendra Modi travelled to France in July 2023. At the end of the month he hosted Mohamed bin Zayed in "
        "New Delhi.",
        dt.date(2023, 12, 1),
        [((MODI, "mohamed-bin-zayed-al-nahyan"), "visit", "occurred", "2023-07")],
    ),
    (
        "later-in-the-month-after-a-dated-meeting",
        "Xi Jinping hosted Emmanuel Macron in Beijing on April 6, 2023. Later in the month he spoke with Volodymyr "
        "Zelensky by phone.",
        dt.date(2023, 6, 1),
        [
            ((XI, MACRON), "visit", "occurred", "2023-04-06"),
            ((XI, "volodymyr-zelensky"), "call", "occurred", "2023-04"),
        ],
    ),
    (
        "with-no-month-told-the-publication-month",
        "Emmanuel Macron will host Olaf Scholz in Paris at the end of the month.",
        dt.date(2024, 5, 10),
        [(("emmanuel-macron", "olaf-scholz"), "visit", "planned", "2024-05")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(THE_MONTH_TOLD))
def test_the_month_is_the_month_told_before(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A gathering told with a time and no summit of its own dates the paragraph's undated meetings of its status
#: after it (date.gathering-context).
GATHERING_TOLD = [
    (
        "met-there-after-the-conference-closed-today",
        "The Asian-African Conference closed here today. Jawaharlal Nehru met Zhou Enlai there.",
        dt.date(1955, 4, 24),
        [(("jawaharlal-nehru", "zhou-enlai"), "meeting", "occurred", "1955-04-24")],
    ),
    (
        "talks-after-the-conference-opened-on-monday",
        "The Bandung conference opened on Monday. Nehru held talks with Gamal Abdel Nasser during the week.",
        dt.date(1955, 4, 20),
        [(("jawaharlal-nehru", "gamal-abdel-nasser"), "meeting", "occurred", "1955-04-18")],
    ),
    (
        "a-plan-does-not-take-the-date-of-a-gathering-that-happened",
        "The Bandung conference closed today. Nehru will visit Cairo to meet Gamal Abdel Nasser.",
        dt.date(1955, 4, 24),
        [(("jawaharlal-nehru", "gamal-abdel-nasser"), "visit", "planned", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(GATHERING_TOLD))
def test_a_gathering_told_dates_the_meetings_after_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: "She did so on Monday and again on Wednesday": the next sentence dates an undated meeting, twice (date.did-so).
DID_SO = [
    (
        "did-so-on-two-days-is-two-calls",
        "Angela Merkel telephoned Emmanuel Macron about the border. She did so on Monday and again on Thursday.",
        dt.date(2021, 11, 20),
        [
            ((MERKEL, MACRON), "call", "occurred", "2021-11-15"),
            ((MERKEL, MACRON), "call", "occurred", "2021-11-18"),
        ],
    ),
    (
        "did-so-on-one-day",
        "Xi Jinping received Emmanuel Macron at the Great Hall of the People. He did so on Thursday.",
        dt.date(2023, 4, 8),
        [((XI, MACRON), "visit", "occurred", "2023-04-06")],
    ),
    (
        "a-meeting-with-its-own-time-keeps-it",
        "Angela Merkel telephoned Emmanuel Macron on Sunday. She did so on Monday and again on Thursday.",
        dt.date(2021, 11, 20),
        [((MERKEL, MACRON), "call", "occurred", "2021-11-14")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(DID_SO))
def test_did_so_dates_the_meeting_before(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A present tense later on the day of writing is a plan; a past tense that day happened (time.tonight).
TONIGHT = [
    (
        "gives-a-banquet-tonight",
        "Tonight President Rajendra Prasad gives a state banquet for President Eisenhower.",
        dt.date(1959, 12, 10),
        [(("rajendra-prasad", "dwight-d-eisenhower"), "visit", "planned", "1959-12-10")],
    ),
    (
        "meets-this-evening",
        "Joe Biden meets Xi Jinping this evening in San Francisco.",
        dt.date(2023, 11, 15),
        [((BIDEN, XI), "visit", "planned", "2023-11-15")],
    ),
    (
        "signed-tonight-happened",
        "Richard Nixon and Leonid Brezhnev signed a treaty tonight.",
        dt.date(1972, 5, 26),
        [(("richard-nixon", "leonid-brezhnev"), "meeting", "occurred", "1972-05-26")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(TONIGHT))
def test_a_present_tonight_is_a_plan(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A meeting whose own time is one of the past happened, in a planned clause too (status.own-past); not one a cue of
#: plans reaches, nor a verb a cue governs.
OWN_PAST = [
    (
        "report-on-meeting-yesterday",
        "Scholz is due to report to the Bundestag on his meeting with Emmanuel Macron yesterday.",
        dt.date(2023, 6, 14),
        [((SCHOLZ, MACRON), "meeting", "occurred", "2023-06-13")],
    ),
    (
        "build-on-summit-earlier-this-month",
        "Modi will build on his summit with Joe Biden earlier this month.",
        dt.date(2023, 6, 24),
        [((MODI, BIDEN), "meeting", "occurred", "2023-06-01/2023-06-23")],
    ),
    (
        "brief-on-talks-last-week",
        "Ramaphosa is expected to brief parliament on his talks with Joe Biden last week.",
        dt.date(2023, 6, 14),
        [(("cyril-ramaphosa", BIDEN), "meeting", "occurred", "2023-06-05/2023-06-11")],
    ),
    (
        "due-to-meet-last-week-stays-a-plan",
        "Lula was due to meet Joe Biden last week.",
        dt.date(2023, 6, 14),
        [((LULA, BIDEN), "meeting", "planned", "2023-06-05/2023-06-11")],
    ),
    (
        "scheduled-for-last-week-stays-a-plan",
        "Modi will brief the cabinet on the talks with Joe Biden, scheduled for last week.",
        dt.date(2023, 6, 24),
        [((MODI, BIDEN), "meeting", "planned", "2023-06-12/2023-06-18")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(OWN_PAST))
def test_a_meetings_own_past_time_happened(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: 'Set foot', 'set off' are acts, no cue of plans ('set to', 'set for' are): the past verb after them keeps its
#: past, and its weekday is the one just gone.
SET_ACTS = [
    (
        "set-foot-then-held-talks",
        "Erdogan became the first Turkish leader in decades to set foot in Armenia, and held talks with Nikol "
        "Pashinyan on Tuesday.",
        dt.date(2023, 6, 24),
        [((ERDOGAN, "nikol-pashinyan"), "visit", "occurred", "2023-06-20")],
    ),
    (
        "set-off-for-talks",
        "Lula set off for Beijing on Monday for talks with Xi Jinping.",
        dt.date(2023, 4, 15),
        [((LULA, XI), "visit", "occurred", "2023-04-10")],
    ),
    (
        "set-to-meet-is-a-plan",
        "Lula is set to meet Xi Jinping in Beijing on Friday.",
        dt.date(2023, 4, 10),
        [((LULA, XI), "visit", "planned", "2023-04-14")],
    ),
    (
        "set-for-is-a-plan",
        "A summit between Lula and Xi Jinping has been set for Friday.",
        dt.date(2023, 4, 10),
        [((LULA, XI), "meeting", "planned", "2023-04-14")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(SET_ACTS))
def test_set_foot_and_set_off_are_no_plans(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


# -- fast paths: each gate that skips work answers as the full work would ---------------------------------------------

_LINE_WORDS = st.sampled_from(
    ["for", "of", "on", "FOR", "Monday", "MONDAY", "August", "18", "2025", "7", ",", " ", "Schedule", "x", "\n"]
)
_LINES = st.lists(_LINE_WORDS, max_size=12).map(lambda words: " ".join(words).replace(" ,", ","))


@given(_LINES)
def test_a_heading_date_is_looked_for_only_where_the_full_search_finds_it(line: str) -> None:
    assert dating._date_end(line, 0, len(line)) == (dating._DATE_END.search(line, 0, len(line)) is not None)


@given(st.text(st.characters(codec="ascii", exclude_categories=["Nd"]), max_size=40))
def test_an_ascii_line_without_a_digit_holds_no_full_date(line: str) -> None:
    assert not dating._may_hold_year(line, 0, len(line))
    full = [t for t in find_times(tokenize(line)) if t.kind is TimeKind.DATE and t.year is not None and t.day]
    assert full == []


@given(st.lists(st.sampled_from([",", "and", "met", "flew", "he"]), max_size=12), st.integers(0, 13))
def test_the_conjunct_start_is_the_last_comma_and_before_the_position(keys: list[str], position: int) -> None:
    slow = next((i + 2 for i in range(position - 2, -1, -1) if keys[i : i + 2] == [",", "and"]), 0)
    assert dating._conjunct_start(keys, position) == slow


_SENTENCE_WORDS = st.sampled_from(
    ["With", "Xi", "met", "after", "since", "talks", ",", "(", ")", '"', "said", "who", "and", "in", "Paris", "."]
)


@given(st.lists(_SENTENCE_WORDS, max_size=16))
def test_the_times_of_a_sentence_without_any_are_classed_as_the_full_work_classes_them(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    keys = [t.key for t in tokens]
    bounds = Clauses(tokens).bounds
    fast = dating.SentenceTimes(tokens, bounds, keys, [], frozenset({"said"}))
    full = dating.SentenceTimes(tokens, bounds, keys, [], frozenset({"said"}))
    full.classify(tokens, bounds, [], frozenset({"said"}))
    for name in dating.SentenceTimes.__slots__:
        mine, theirs = getattr(fast, name), getattr(full, name)
        if isinstance(mine, ByStart):
            mine, theirs = (mine.items, mine.starts), (theirs.items, theirs.starts)
        assert mine == theirs, name


_OPENING = "TOKYO Tokyo NEW DELHI , March 17 2023 ( Reuters ) - — : 13 30 Updated Posted published JST a.m. Xi met on"
_OPENING_WORDS = st.sampled_from([*_OPENING.split(), "Monday", "May", "3", "the", "U.S."])


@given(st.lists(_OPENING_WORDS, max_size=14))
def test_a_body_opens_with_a_dateline_only_where_the_gate_lets_the_times_be_read(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    if not dating._may_open_with_dateline(tokens):
        assert all(t.relation != "dateline" for t in find_times(tokens))


_PLAIN_WORDS = st.sampled_from([*_OPENING.split(), "Croatian", "Xi", "Monday", "posted", "Re:", "-", " ", "é"])


@given(st.lists(_PLAIN_WORDS, max_size=14), st.sampled_from(["", " ", "-", "\n"]))
def test_an_opening_read_as_plain_from_its_characters_is_one_the_token_gate_rejects(words: list[str], gap: str) -> None:
    text = gap + " ".join(words)
    if dating._plain_opening(text, 0, len(text)):
        assert not dating._may_open_with_dateline(tokenize(text))


@pytest.mark.parametrize(
    "opening",
    [
        "TOKYO, March 17 (Reuters) - Xi met",
        "(ANKARA) May 3 - Talks went on",
        "BRUSSELS, Tuesday (AP) - Talks",
        "Updated 13:30 JST, May 3, 2023 Xi met",
        "Published: May 3, 2023 Xi met",
        "Posted May 3, 2023 Xi met",
    ],
)
def test_the_dateline_gate_lets_a_dateline_or_a_stamp_be_read(opening: str) -> None:
    tokens = tokenize(opening)
    assert [t.relation for t in find_times(tokens)] == ["dateline"]
    assert dating._may_open_with_dateline(tokens)


_UNTIMED = "Xi met Lula after since when before , and where who whom said ( ) talks visit ."
_A_TIME = ["on Monday", "in May", "last week", "a day later", "on May 3", "a day after", "in 2019"]


@settings(max_examples=300, deadline=None)
@example(  # a clause on a place takes the time of the clause that named it, there in a relative clause
    words=["Xi", ",", "whom", "Lula", "met", ",", "where", "talks", "."],
    at=5,
    time="on Monday",
    bounds=[9, 11, 9, 11, 9, 0, 0],
    relative=False,
    recaps=[],
)
@example(  # a relative clause's time after the trigger's own stretch is a later verb's
    words=["Xi", "met", "Lula", ",", "whom", "Lula", "met", "."],
    at=7,
    time="on Monday",
    bounds=[0, 10, 0, 2, 1, 0, 0],
    relative=False,
    recaps=[],
)
@given(
    st.lists(st.sampled_from([*_UNTIMED.split(), '"']), max_size=14),
    st.integers(0, 14),
    st.sampled_from(_A_TIME),
    st.lists(st.integers(0, 18), min_size=7, max_size=7),
    st.booleans(),
    st.lists(st.tuples(st.integers(0, 18), st.integers(0, 18)), max_size=2),
)
def test_the_time_of_a_sentence_with_one_is_the_one_the_full_search_picks(
    words: list[str], at: int, time: str, bounds: list[int], relative: bool, recaps: list[tuple[int, int]]
) -> None:
    tokens = tokenize(" ".join([*words[:at], time, *words[at:]]))
    keys = [t.key for t in tokens]
    times = dating.SentenceTimes(tokens, Clauses(tokens).bounds, keys, find_times(tokens), frozenset({"said"}))
    first, last, mine, other, start, length, low = (bound % (len(tokens) + 1) for bound in bounds)
    clause, own = (min(first, last), max(first, last)), (min(mine, other), max(mine, other))
    start = min(start, len(tokens) - 1)
    end = min(len(tokens), start + 1 + length % 3)
    fast = times.nearest(clause, own, relative, start, end, low % 4, recaps)
    assert fast is times._nearest(clause, own, relative, start, end, low % 4, recaps)


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.integers(0, 400),
    st.sampled_from(["days", "weeks", "months", "two days", "a week", "three months"]),
    st.sampled_from(["after", "before"]),
)
def test_a_count_from_an_event_that_happened_never_lands_after_the_anchor(
    anchor: dt.date, back: int, amount: str, way: str
) -> None:
    told = anchor - dt.timedelta(days=back)  # the event counted from, on or before the anchor
    reference = TimeExpression(start=0, end=1, kind=TimeKind.DATE, year=told.year, month=told.month, day=told.day)
    [count] = find_times(tokenize(f"They met on Monday, {amount} {way} they spoke."))[1:]
    span = dating.Calendar(anchor=anchor).resolve(count, de.Status.OCCURRED, since=reference)
    assert span is None or span.end <= anchor


@given(st.lists(st.sampled_from([*_UNTIMED.split(), *_A_TIME, "whom"]), max_size=16))
def test_times_classed_with_the_tokens_own_keys_are_classed_as_without(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    keys = [t.key for t in tokens]
    bounds = Clauses(tokens).bounds
    given_keys = dating.SentenceTimes(tokens, bounds, keys, find_times(tokens), frozenset({"said"}), keys)
    read_off = dating.SentenceTimes(tokens, bounds, keys, find_times(tokens), frozenset({"said"}))
    assert given_keys.main.items == read_off.main.items


#: A weekday told with a day of the month says which year the day is in (timex: ``_year_of_weekday``).
WEEKDAY_YEAR = [
    (
        "a-week-ahead-s-further-item-a-week-on",
        "WEEK AHEAD\n\nFURTHER AHEAD\n- Monday 16 July, Helsinki: Trump and Vladimir Putin hold talks.",
        dt.date(2018, 7, 8),
        [((TRUMP, PUTIN), "meeting", "planned", "2018-07-16")],
    ),
    (
        "a-programme-s-later-item-with-weekday-and-date",
        "PROGRAMME\n\nLATER IN THE MONTH\n- Thursday 12 June, Paris: Lula and Emmanuel Macron hold their first "
        "formal summit.",
        dt.date(2025, 6, 8),
        [((LULA, MACRON), "meeting", "planned", "2025-06-12")],
    ),
    (
        "a-past-weekday-and-date-in-its-year",
        "Emmanuel Macron received Joe Biden at the Elysee on Saturday, June 8.",
        dt.date(2024, 6, 10),
        [((MACRON, BIDEN), "visit", "occurred", "2024-06-08")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(WEEKDAY_YEAR))
def test_a_weekday_with_its_date_gives_the_year(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A preview of the coming days ("THE WEEK AHEAD"): its day headings are the days ahead, and what they hold is planned.
PREVIEW = [
    (
        "week-ahead-headings-are-the-coming-days",
        "THE WEEK AHEAD\n\nTuesday - Rome\nLula and Giorgia Meloni sign a trade memorandum.\n\nThursday - "
        "Madrid\nLula flies on for talks with Pedro Sanchez at the Moncloa.",
        dt.date(2025, 5, 4),
        [
            ((LULA, "giorgia-meloni"), "meeting", "planned", "2025-05-06"),
            ((LULA, "pedro-sanchez"), "visit", "planned", "2025-05-08"),
        ],
    ),
    (
        "what-to-watch-with-two-days-in-a-heading",
        "What to watch this week\n\nMonday and Tuesday - Brasilia\nLula hosts Gustavo Petro for a two-day "
        "state visit.\n\nFriday - Lima\nThe Mercosur ministers meet.",
        dt.date(2025, 5, 4),
        [((LULA, "gustavo-petro"), "visit", "planned", "2025-05-05/2025-05-06")],
    ),
    (
        "without-a-preview-the-nearest-day",
        "DIARY\n\nThursday - Rome\nLula and Giorgia Meloni signed a trade memorandum.\n\nFriday - Madrid\n"
        "Lula flew on for talks with Pedro Sanchez at the Moncloa.",
        dt.date(2025, 5, 4),
        [
            ((LULA, "giorgia-meloni"), "meeting", "occurred", "2025-05-01"),
            ((LULA, "pedro-sanchez"), "visit", "occurred", "2025-05-02"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PREVIEW))
def test_a_preview_s_day_headings_lie_ahead(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A meeting noun after a verb in the present, and a present passive, are read the nearer way (status.present-noun).
PRESENT_NOUN = [
    (
        "holds-bilateral-talks-under-a-day-heading",
        "DIARY\n\nTUESDAY, MAY 6\n- Rome: Lula holds bilateral talks with Emmanuel Macron.\n\nWEDNESDAY, MAY 7\n"
        "- Paris: Lula flies home.",
        dt.date(2025, 5, 4),
        [((LULA, MACRON), "meeting", "planned", "2025-05-06")],
    ),
    (
        "hosts-a-working-lunch-under-a-day-heading",
        "DIARY\n\nTUESDAY, MAY 6\n- Berlin: the President flies in.\n\nWEDNESDAY, MAY 7\n- Paris: Emmanuel Macron "
        "hosts a working lunch for Lula at the Elysee.",
        dt.date(2025, 5, 4),
        [((MACRON, LULA), "visit", "planned", "2025-05-07")],
    ),
    (
        "is-received-by-under-a-day-heading",
        "DIARY\n\nTUESDAY, MAY 6\n- Berlin: the President flies in.\n\nWEDNESDAY, MAY 7\n- Madrid: Lula is "
        "received by King Felipe VI at the palace.",
        dt.date(2025, 5, 4),
        [(("felipe-vi", LULA), "visit", "planned", "2025-05-07")],
    ),
    (
        "a-repeated-with-takes-the-left-out-present",
        "DIARY\n\nTUESDAY, MAY 6\n- Rome: Lula holds bilateral talks with Emmanuel Macron, and in the afternoon "
        "with Giorgia Meloni.\n\nWEDNESDAY, MAY 7\n- Paris: Lula flies home.",
        dt.date(2025, 5, 4),
        [
            ((LULA, MACRON), "meeting", "planned", "2025-05-06"),
            ((LULA, "giorgia-meloni"), "meeting", "planned", "2025-05-06"),
        ],
    ),
    (
        "before-talks-after-a-present",
        "Lula lands in Lisbon on Saturday. On Monday morning he visits a shipyard, before talks in Madrid with Pedro "
        "Sanchez.",
        dt.date(2023, 4, 21),
        [((LULA, "pedro-sanchez"), "visit", "planned", "2023-04-24")],
    ),
    (
        "before-talks-after-a-past",
        "On Monday morning Lula toured a shipyard, before talks in Madrid with Pedro Sanchez.",
        dt.date(2023, 4, 27),
        [((LULA, "pedro-sanchez"), "visit", "occurred", "2023-04-24")],
    ),
    (
        "a-past-verb-before-the-noun-keeps-its-tense",
        "Lula held bilateral talks with Emmanuel Macron on Tuesday.",
        dt.date(2025, 5, 9),
        [((LULA, MACRON), "meeting", "occurred", "2025-05-06")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PRESENT_NOUN))
def test_a_noun_after_a_present_verb_is_read_the_nearer_way(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: "that October" after a year its own sentence names is in that year, not in the year told before the sentence.
THAT_MONTH_IN_THE_SENTENCE = [
    (
        "that-october-after-a-dated-clause",
        "Relations thawed in 2023. In May 2022 Erdogan flew to Sochi, and Recep Tayyip Erdogan and Putin met again "
        "in Astana that October.",
        dt.date(2024, 7, 1),
        [
            ((ERDOGAN, PUTIN), "visit", "occurred", "2022-05"),
            ((ERDOGAN, PUTIN), "meeting", "occurred", "2022-10"),
        ],
    ),
    (
        "november-of-that-year-after-a-dated-clause",
        "The two met often in 2024. Lula visited Beijing in April 2023 and received Xi in Brasilia in November of "
        "that year.",
        dt.date(2025, 3, 1),
        [
            ((LULA, XI), "visit", "occurred", "2023-04"),
            ((LULA, XI), "visit", "occurred", "2023-11"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(THAT_MONTH_IN_THE_SENTENCE))
def test_that_month_takes_its_sentence_s_year(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A statement's time past a semicolon after the trigger dates the statement, not the event before the semicolon.
STATEMENT_PAST_A_SEMICOLON = [
    (
        "officials-said-in-february-after-a-semicolon",
        "Lula visited Beijing; officials in Brasilia said in February that the trade talks had gone well.",
        dt.date(2024, 7, 1),
        [((LULA, XI), "visit", "occurred", None)],
    ),
    (
        "the-clause-before-the-semicolon-keeps-its-own-time",
        "Lula visited Beijing in April; aides said on Monday that a return trip was being studied.",
        dt.date(2024, 7, 1),
        [((LULA, XI), "visit", "occurred", "2024-04")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(STATEMENT_PAST_A_SEMICOLON))
def test_a_statement_s_time_past_a_semicolon_is_not_the_event_s(
    text: str, published: dt.date, expected: list[Row]
) -> None:
    assert meetings(text, published) == expected


#: A present noun after a past copula is past (status.past-copula).
PAST_COPULA = [
    (
        "was-the-guest-of-in-a-month",
        "Anthony Albanese was the guest of Xi Jinping in Beijing in November.",
        dt.date(2024, 6, 12),
        [((ALBANESE, XI), "visit", "occurred", "2023-11")],
    ),
    (
        "is-the-guest-of-in-a-month",
        "Anthony Albanese is the guest of Xi Jinping in Beijing in November.",
        dt.date(2024, 6, 12),
        [((ALBANESE, XI), "visit", "planned", "2024-11")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(PAST_COPULA))
def test_a_present_noun_after_a_past_copula_is_past(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sanchez is hosting Lula in Madrid on Wednesday.", dt.date(2023, 4, 26)),
        ("Ruto and Museveni are meeting in Kampala on Thursday to settle the fuel dispute.", dt.date(2023, 4, 27)),
        ("Albanese is visiting Port Moresby on Saturday.", dt.date(2023, 4, 29)),
    ],
)
def test_a_present_progressive_with_a_weekday_lies_ahead(text: str, day: dt.date) -> None:
    (meeting,) = de.parse(text, published=dt.date(2023, 4, 24)).meetings
    assert meeting.date is not None and meeting.date.start == day
    assert meeting.status is de.Status.PLANNED
    assert "time.progressive-ahead" in meeting.explanation.rules


def test_a_past_progressive_with_a_weekday_stays_behind() -> None:
    (meeting,) = de.parse("Sanchez was hosting Lula in Madrid on Wednesday.", published=dt.date(2023, 4, 24)).meetings
    assert meeting.date is not None and meeting.date.start == dt.date(2023, 4, 19)


#: A date line above the body long after publication is a stamp of the day the page was shown or updated: it dates
#: nothing under it, and "tomorrow" counts from the publication date (dating.sections).
LATER_STAMP = [
    (
        "a-shown-stamp-over-a-preview-and-its-listing",
        "Tuesday, March 4, 2031 | 09:12 AM GMT\nDaily Herald\n\nLula heads to Tokyo\n\nAs President Lula is set to "
        "begin his Japan visit tomorrow, we look back at past trips.\n\nEARLIER TRIPS\n\nMay 2005\n\nOn that trip Lula "
        "met Prime Minister Junichiro Koizumi in Tokyo.",
        dt.date(2023, 3, 1),
        [
            (("luiz-inacio-lula-da-silva", "fumio-kishida"), "visit", "planned", "2023-03-02"),
            (("luiz-inacio-lula-da-silva", "junichiro-koizumi"), "visit", "occurred", "2005-05"),
        ],
    ),
    (
        "an-updated-stamp-over-talks-tomorrow",
        "Wednesday, August 14, 2030 | 11:05 PM IST\nThe Courier\n\nRuto flies to Pretoria\n\nKenyan President William "
        "Ruto will hold talks with Cyril Ramaphosa in Pretoria tomorrow.\n\nPAST MEETINGS\n\nNovember 2022\n\nIn "
        "Nairobi that month Ruto had lunch with Ramaphosa.",
        dt.date(2024, 2, 13),
        [
            (("william-ruto", "cyril-ramaphosa"), "visit", "planned", "2024-02-14"),
            (("william-ruto", "cyril-ramaphosa"), "visit", "occurred", "2022-11"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(LATER_STAMP))
def test_a_later_stamp_above_the_body_dates_nothing(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


LULA, MELONI = "luiz-inacio-lula-da-silva", "giorgia-meloni"
#: The entries of a programme a paragraph tells ("the itinerary was: June 4: Talks with X") are read the nearer way,
#: as the coming programme's (status.programme-entry), in its own lines too; a timeline's past entries are not.
PROGRAMME = [
    (
        "an-itinerary-told-in-the-past-is-still-ahead",
        "Lula flies to Europe next week. His aides said the itinerary was: June 3: Arrival in Rome; June 4: Talks "
        "with Giorgia Meloni.",
        [((LULA, MELONI), "meeting", "planned", "2024-06-04")],
    ),
    (
        "a-programme's-own-lines-with-a-topic-before-the-with",
        "President Ramaphosa leaves for Europe next week.\n\nAides said the programme was:\nJune 3: Arrival in "
        "Berlin.\nJune 4 and 5: Talks on energy with Olaf Scholz in the Chancellery garden.",
        [(("cyril-ramaphosa", "olaf-scholz"), "visit", "planned", "2024-06-04/2024-06-05")],
    ),
    (
        "highlights-of-a-past-year-are-no-programme",
        "Lula looked back on a busy year. His aides listed the highlights: June 3: he landed in Rome; June 4: he held "
        "talks with Giorgia Meloni.",
        [((LULA, MELONI), "visit", "occurred", "2023-06-04")],
    ),
    (
        "a-timeline's-line-is-no-programme",
        "Lula looked back on a busy year.\n\nJune 4: Lula held talks with Giorgia Meloni in Rome.",
        [((LULA, MELONI), "visit", "occurred", "2023-06-04")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), **rows(PROGRAMME))
def test_the_entries_of_a_programme_are_the_coming_days(text: str, expected: list[Row]) -> None:
    assert meetings(text, dt.date(2024, 5, 28)) == expected


#: A "forthcoming visit" takes no "today" of the clause that speaks of it (time.forthcoming-other).
FORTHCOMING = [
    (
        "An aide flew home today after discussing the arrangements for President Lula's forthcoming visit to Japan.",
        [((LULA, "fumio-kishida"), "visit", "planned", None)],
    ),
    (
        "The Kenyan envoy returned to Nairobi yesterday after preparing President Ruto's upcoming visit to Ghana.",
        [(("william-ruto", "nana-akufo-addo"), "visit", "planned", None)],
    ),
    (
        "Lula's upcoming visit to Japan today will focus on trade.",
        [((LULA, "fumio-kishida"), "visit", "planned", "2024-06-13")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORTHCOMING)
def test_a_forthcoming_meeting_takes_no_day_of_the_act_that_speaks_of_it(text: str, expected: list[Row]) -> None:
    assert meetings(text, dt.date(2024, 6, 13)) == expected


#: A sentence broken off at a single line break after a word no sentence ends with goes on in the next line, a capital
#: or not (normalize), and keeps its date; a meeting the next sentence opens with again by a definite noun and no
#: leader takes that sentence's day (date.noun-again).
BROKEN_AND_AGAIN = [
    (
        "a-date-on-the-next-line",
        "Ruto arrived in Accra for a regional forum on trade.\nHe said that President Tinubu will be paying a visit to "
        "Kenya on\nMarch 12 after the forum closes.",
        dt.date(2024, 3, 1),
        [(("bola-tinubu", "william-ruto"), "visit", "planned", "2024-03-12")],
    ),
    (
        "the-dates-of-the-visit-are",
        "Chancellor Scholz will pay a visit to Poland on his way to Vilnius. The likely dates of the visit are 4th "
        "June to 5th June.",
        dt.date(2024, 5, 20),
        [(("olaf-scholz", "donald-tusk"), "visit", "planned", "2024-06-04/2024-06-05")],
    ),
    (
        "the-visit-will-take-place-on",
        "President Ruto will visit Ghana after the forum. The visit will take place on March 14, his office said.",
        dt.date(2024, 3, 1),
        [(("william-ruto", "nana-akufo-addo"), "visit", "planned", "2024-03-14")],
    ),
    (
        "a-year-since-is-no-day-of-the-visit",
        "Prime Minister Kishida visited Brazil. The visit was the first since 2004.",
        dt.date(2024, 3, 20),
        [(("fumio-kishida", "luiz-inacio-lula-da-silva"), "visit", "occurred", "2024-03-19/2024-03-20")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(BROKEN_AND_AGAIN))
def test_a_broken_line_and_a_noun_again_keep_the_date(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


MILEI, MELONI, MATTARELLA = "javier-milei", "giorgia-meloni", "sergio-mattarella"
#: A plan with no time of its own, of a leader whose visit to a country the story dated to the day, with leaders
#: of that country only, lies in the visit's days (date.during-visit); a statement's day is not the plan's.
DURING_A_DATED_VISIT = [
    (
        "a-plan-in-a-planned-visit",
        "Javier Milei will visit Italy from June 13 to June 15 at the invitation of Giorgia Meloni.\n\n"
        "A spokesman said on Tuesday that Milei will also hold talks with President Sergio Mattarella.",
        dt.date(2024, 6, 7),
        [
            ((MILEI, MELONI), "visit", "planned", "2024-06-13/2024-06-15"),
            ((MILEI, MATTARELLA), "visit", "planned", "2024-06-13/2024-06-15"),
        ],
    ),
    (
        "a-plan-on-the-last-day-of-a-visit",
        "Rishi Sunak met Prime Minister Narendra Modi in New Delhi on Saturday, the last day of his visit to India.\n\n"
        "Sunak will also call on President Droupadi Murmu before leaving.",
        dt.date(2023, 9, 9),
        [
            (("rishi-sunak", MODI_), "visit", "occurred", "2023-09-09"),
            (("rishi-sunak", MURMU), "visit", "planned", "2023-09-09"),
        ],
    ),
    (
        "a-statement-s-day-is-not-the-visit-s",
        "Lula will pay a state visit to Japan from May 20 to May 22.\n\n"
        "The foreign ministry said on Monday that Lula is visiting Japan at the invitation of Prime Minister Fumio "
        "Kishida.",
        dt.date(2023, 5, 15),
        [(("luiz-inacio-lula-da-silva", "fumio-kishida"), "visit", "planned", "2023-05-20/2023-05-22")],
    ),
    (
        "a-visit-over-dates-no-plan",
        "Javier Milei visited Italy from May 13 to May 15.\n\nMilei will also meet President Sergio Mattarella.",
        dt.date(2024, 6, 7),
        [
            ((MILEI, MELONI), "visit", "occurred", "2024-05-13/2024-05-15"),
            ((MILEI, MATTARELLA), "meeting", "planned", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(DURING_A_DATED_VISIT))
def test_a_plan_during_a_dated_visit_takes_its_days(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


KOHL, MITTERRAND = "helmut-kohl", "francois-mitterrand"
#: A wire's dateline after an agency's credit in brackets ("(Agency) CITY, Month Day."), or on a line of its own
#: after a note of its receipt ("(Rec. 9 p.m.) CITY, Month Day"), past a site's notes and image links above the
#: story, dates its "today" when it is a day or two before publication.
CREDITED_DATELINES = [
    (
        "a-credit-in-brackets-before-the-place",
        "Summit in Rome\n\n(A.A.P.-Wire—Copyright) ROME, March 3. Chancellor Kohl and President Mitterrand held talks "
        "in Rome today.",
        dt.date(1985, 3, 4),
        [((KOHL, MITTERRAND), "meeting", "occurred", "1985-03-03")],
    ),
    (
        "the-day-of-publication-as-before",
        "(A.A.P.-Wire) ROME, March 4. Chancellor Kohl and President Mitterrand held talks in Rome today.",
        dt.date(1985, 3, 4),
        [((KOHL, MITTERRAND), "meeting", "occurred", "1985-03-04")],
    ),
    (
        "a-note-of-receipt-before-a-line-dateline",
        "Talks in Bonn\n\n(Rec. 9 p.m.) BONN, June 10\n\n"
        "President Reagan and Chancellor Kohl today held talks in Bonn.",
        dt.date(1985, 6, 12),
        [(("ronald-reagan", KOHL), "visit", "occurred", "1985-06-10")],
    ),
    (
        "past-a-run-of-image-links",
        "\n\n".join(["Article image"] * 12) + "\n\nTalks in Bonn\n\n(Rec. 9 p.m.) BONN, June 10\n\n"
        "President Reagan and Chancellor Kohl today held talks in Bonn.",
        dt.date(1985, 6, 12),
        [(("ronald-reagan", KOHL), "visit", "occurred", "1985-06-10")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(CREDITED_DATELINES))
def test_a_credited_dateline_dates_today(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: "That year", "the same year" are the year the sentence before spoke of, in its paragraph or the one before
#: (none with no year told before); a recap of the page's news people in an earlier year is another encounter
#: (fold.news-apart).
THE_SAME_YEAR = [
    (
        "the-same-year-of-the-paragraph-before",
        "Relations have warmed since Kishida took office in October 2021.\n\n"
        "Kishida and Moon Jae-in first met in Phnom Penh the same year.",
        dt.date(2024, 3, 1),
        [(("fumio-kishida", "moon-jae-in"), "meeting", "occurred", "2021-01-01/2021-12-31")],
    ),
    (
        "that-year-in-the-same-paragraph",
        "Kishida took office in October 2021. He and Moon Jae-in spoke by phone that year.",
        dt.date(2024, 3, 1),
        [(("fumio-kishida", "moon-jae-in"), "call", "occurred", "2021-01-01/2021-12-31")],
    ),
    (
        "no-year-told-before",
        "Kishida and Yoon Suk Yeol met in Phnom Penh the same year.",
        dt.date(2024, 3, 1),
        [(("fumio-kishida", "yoon-suk-yeol"), "meeting", "occurred", "2024-02-29/2024-03-01")],
    ),
    (
        "the-news-and-a-recap-stay-apart",
        "Paul Kagame is in Luanda to attend a trilateral meeting with Joao Lourenco and Felix Tshisekedi.\n\n"
        "The three leaders first met in Luanda in 2019.",
        dt.date(2022, 7, 6),
        [
            (("paul-kagame", "joao-lourenco", "felix-tshisekedi"), "summit", "occurred", "2022-07-05/2022-07-06"),
            (("paul-kagame", "joao-lourenco", "felix-tshisekedi"), "summit", "occurred", "2019-01-01/2019-12-31"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(THE_SAME_YEAR))
def test_the_same_year_is_the_year_told_before(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: "They will meet at the summit" when the text named no summit before takes the dates the text gave "the summit",
#: its own or its sentence's one time, in the paragraphs before too (date.summit-told).
THE_SUMMIT_TOLD = [
    (
        "the-summit-dated-in-an-earlier-paragraph",
        "The summit, which was put off twice, will be held in Nairobi on June 3-4.\n\n"
        "Asked whether Ramaphosa would see Museveni alone, an aide said only that they will meet at the summit.",
        dt.date(2024, 5, 10),
        [(("cyril-ramaphosa", "yoweri-museveni"), "meeting", "planned", "2024-06-03/2024-06-04")],
    ),
    (
        "a-summit-held-dates-the-talks-held-there",
        "The summit took place in Lusaka on April 8.\n\nTinubu held talks with Ruto at the summit.",
        dt.date(2024, 4, 20),
        [(("bola-tinubu", "william-ruto"), "meeting", "occurred", "2024-04-08")],
    ),
    (
        "a-plan-does-not-take-the-dates-of-a-summit-held",
        "The summit took place in Lusaka on April 8.\n\nTinubu will meet Ruto at the summit.",
        dt.date(2024, 4, 20),
        [(("bola-tinubu", "william-ruto"), "meeting", "planned", None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(THE_SUMMIT_TOLD))
def test_the_summit_told_dates_the_meetings_at_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected
