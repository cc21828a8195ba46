"""Tests of the forms news comes in besides the article: schedules, listings, live blogs, timelines, transcripts, wires.

Every text was written for these tests (facts from the public record, wording
our own). A row is ``(id, text, publication date, expected)``, where
``expected`` lists each meeting as ``(leader ids, kind, status, date)``, the
date as ISO text ("2023-05-03", "2023-05") or ``None``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import diplomacy_events as de
from diplomacy_events.dating import sections
from diplomacy_events.normalize import normalize
from tables import Row, meetings, rows, written

BIDEN, ALBANESE, SCHOLZ, PUTIN, XI = "joe-biden", "anthony-albanese", "olaf-scholz", "vladimir-putin", "xi-jinping"
STARMER, ZELENSKY, TRUMP, MODI = "keir-starmer", "volodymyr-zelensky", "donald-trump", "narendra-modi"
VAJPAYEE, SHARIF, WHITLAM, MAO = "atal-bihari-vajpayee", "nawaz-sharif", "gough-whitlam", "mao-zedong"
KISHIDA, YOON, MACRON = "fumio-kishida", "yoon-suk-yeol", "emmanuel-macron"


#: Time headings date the lines under them: a schedule's days, a listing's date lines, a live blog's clock
#: times (the page's day), a timeline's entries (whose year the dates under them take).
HEADINGS = [
    (
        "schedule-days-date-the-week-ahead",
        "THE PRESIDENT'S WEEK\n\nMONDAY, SEPTEMBER 18\nPresident Biden meets with Prime Minister Anthony Albanese "
        "of Australia at the UN in New York.\n\nTUESDAY, SEPTEMBER 19\nPresident Biden meets with Chancellor "
        "Olaf Scholz of Germany.\nThe President returns to Washington.",
        dt.date(2023, 9, 17),
        [
            ((BIDEN, ALBANESE), "visit", "planned", "2023-09-18"),
            ((BIDEN, SCHOLZ), "meeting", "planned", "2023-09-19"),
        ],
    ),
    (
        "a-listing-s-date-lines-date-its-entries",
        "The visit day by day\n\nMay 16, 2024, Beijing\nVladimir Putin and Xi Jinping held talks in the Great Hall "
        "of the People.\n\nMay 17, 2024, Harbin\nThe President opened a trade fair.",
        dt.date(2024, 5, 18),
        [((PUTIN, XI), "visit", "occurred", "2024-05-16")],
    ),
    (
        "a-live-blog-s-clock-times-are-the-page-s-day",
        "LIVE: the day in Washington\n\n2:10 p.m.\nKeir Starmer spoke by phone with Volodymyr Zelensky.\n\n"
        "11:40 a.m.\nDonald Trump welcomed Volodymyr Zelensky at the White House.",
        dt.date(2025, 2, 28),
        [
            ((STARMER, ZELENSKY), "call", "occurred", "2025-02-28"),
            ((TRUMP, ZELENSKY), "visit", "occurred", "2025-02-28"),
        ],
    ),
    (
        "a-timeline-entry-gives-its-year-to-the-dates-in-it",
        "Talks over the years\n\n12 May 2025\n\nFebruary 1999 - Atal Bihari Vajpayee travels to Lahore on February "
        "20 and is received by Prime Minister Nawaz Sharif.\n\nJuly 2015 - Narendra Modi and Nawaz Sharif talk "
        "in Ufa on the sidelines of a summit.",
        dt.date(2025, 5, 12),
        [
            ((SHARIF, VAJPAYEE), "visit", "occurred", "1999-02-20"),
            ((MODI, SHARIF), "meeting", "occurred", "2015-07"),
        ],
    ),
    (
        "a-year-heading-gives-its-year-to-the-entries-under-it",
        "Ten years of talks\n\n2019\n\nDec. 9 - Emmanuel Macron hosts Vladimir Putin and Volodymyr Zelensky at the "
        "Elysee.\n\n2022\n\nFeb. 24 - The war begins.\n\nMarch 29 - Delegations meet in Istanbul.",
        dt.date(2025, 5, 15),
        [((MACRON, PUTIN, ZELENSKY), "summit", "occurred", "2019-12-09")],
    ),
    (
        "a-timeline-s-present-after-and-is-its-own-predicate",
        "Talks over the years\n\nMay 2014 - Nawaz Sharif accepts an invitation to the swearing-in and holds talks "
        "with Narendra Modi in New Delhi on May 27.\n\nDecember 2015 -\n- On Christmas Day Modi stops in Lahore and "
        "visits Nawaz Sharif at his home.",
        dt.date(2025, 5, 12),
        [
            ((SHARIF, MODI), "visit", "occurred", "2014-05-27"),
            ((MODI, SHARIF), "visit", "occurred", "2015-12-25"),
        ],
    ),
    (
        "a-weekday-in-the-present-is-the-nearest",
        "A timeline\n\nApril 2015 - Barack Obama and Raul Castro sit down together on April 11 in Panama City.\n\n"
        "March 2016 - Obama lands in Havana on Sunday and holds talks with Raul Castro on Monday.",
        dt.date(2016, 3, 19),
        [
            (("barack-obama", "raul-castro"), "meeting", "occurred", "2015-04-11"),
            (("barack-obama", "raul-castro"), "visit", "planned", "2016-03-21"),
        ],
    ),
    (
        "one-date-line-is-the-page-s-dateline",
        "Summit news\n\nMay 3, 2023\n\nFumio Kishida has held talks with Yoon Suk Yeol.",
        dt.date(2023, 5, 3),
        [((KISHIDA, YOON), "meeting", "occurred", "2023-05-02/2023-05-03")],  # the page's news (date.news-day)
    ),
    (
        "a-plan-under-the-day-s-heading-lies-after-it",
        "Readout of a call\nMay 3, 2023\nFumio Kishida spoke with Yoon Suk Yeol by phone today.\n\nReadout of a "
        "plan\nMay 3, 2023\nKishida will host Yoon in Tokyo.",
        dt.date(2023, 5, 3),
        [
            ((KISHIDA, YOON), "call", "occurred", "2023-05-03"),
            ((KISHIDA, YOON), "visit", "planned", None),
        ],
    ),
    (
        "a-readout-s-title-date-counts-its-today",
        "Leader calls\n\nThe new Prime Minister, Keir Starmer, spoke to several counterparts.\n\nPM call with "
        "President Biden: 5 July 2024\nThe Prime Minister spoke by phone to President Joe Biden this evening.\n\n"
        "PM call with Chancellor Scholz: 6 July 2024\nThe Prime Minister had a call with Chancellor Olaf Scholz "
        "this morning.",
        dt.date(2024, 7, 7),
        [
            ((STARMER, BIDEN), "call", "occurred", "2024-07-05"),
            ((STARMER, SCHOLZ), "call", "occurred", "2024-07-06"),
        ],
    ),
    (
        "spoke-to-under-a-call-heading-is-that-call",
        "Readouts\n\nPrime Minister Rishi Sunak held calls with counterparts this week.\n\nPM call with "
        "President Lula: 3 March 2023\nThe Prime Minister spoke to President Lula of Brazil this afternoon.\n\n"
        "PM call with Chancellor Scholz: 4 March 2023\nThe Prime Minister spoke to Chancellor Olaf Scholz this "
        "morning. The leaders agreed to stay in close touch.",
        dt.date(2023, 3, 4),
        [
            (("rishi-sunak", "luiz-inacio-lula-da-silva"), "call", "occurred", "2023-03-03"),
            (("rishi-sunak", SCHOLZ), "call", "occurred", "2023-03-04"),
        ],
    ),
    (
        "talked-with-under-a-telephone-heading-is-a-call-not-under-a-visit-heading",
        "Readouts\n\nTelephone conversation with President Macron: 12 June 2024\nPrime Minister Kishida talked "
        "with President Emmanuel Macron this evening.\n\nVisit of President Yoon: 14 June 2024\nPrime Minister "
        "Kishida talked with President Yoon Suk Yeol at the Kantei.",
        dt.date(2024, 6, 14),
        [
            ((KISHIDA, MACRON), "call", "occurred", "2024-06-12"),
            ((KISHIDA, YOON), "visit", "occurred", "2024-06-14"),  # at the Kantei: a visit, no call
        ],
    ),
    (
        "a-diary-s-weekdays-run-forward-and-later-in-the-week-follows-them",
        "Week ahead: the leaders' diary\n\nMONDAY\nChancellor Olaf Scholz receives President Emmanuel Macron in "
        "Berlin.\n\nTHURSDAY\nPrime Minister Rishi Sunak meets President Joe Biden in Washington.\n\nLATER IN THE "
        "WEEK\nPrime Minister Giorgia Meloni travels to Tunis for talks with President Kais Saied.",
        dt.date(2023, 6, 4),  # a Sunday: the Thursday just past is nearer than the one after Monday
        [
            ((SCHOLZ, MACRON), "visit", "planned", "2023-06-05"),
            (("rishi-sunak", BIDEN), "visit", "planned", "2023-06-08"),
            (("giorgia-meloni", "kais-saied"), "visit", "planned", "2023-06-09/2023-06-11"),
        ],
    ),
    (
        "a-page-told-newest-first-keeps-its-weekdays-behind",
        "Diplomatic diary\n\nTHURSDAY\nPresident Emmanuel Macron received Chancellor Olaf Scholz at the Elysee."
        "\n\nTUESDAY\nPresident Emmanuel Macron met Prime Minister Rishi Sunak in Paris.",
        dt.date(2023, 6, 9),
        [
            ((MACRON, SCHOLZ), "visit", "occurred", "2023-06-08"),
            ((MACRON, "rishi-sunak"), "visit", "occurred", "2023-06-06"),
        ],
    ),
    (
        "a-readout-s-title-date-counts-its-yesterday",
        "Call readouts\n\nPrime Minister Albanese has spoken to several leaders this week.\n\nCall with "
        "President Macron: March 14, 2023\nThe Prime Minister spoke by phone with President Emmanuel Macron "
        "yesterday.\n\nCall with Chancellor Scholz: March 16, 2023\nThe Prime Minister spoke by phone with "
        "Chancellor Olaf Scholz today.",
        dt.date(2023, 3, 17),
        [
            ((ALBANESE, MACRON), "call", "occurred", "2023-03-13"),
            ((ALBANESE, SCHOLZ), "call", "occurred", "2023-03-16"),
        ],
    ),
    (
        "a-heading-dates-a-line-over-another-event-s-time",
        "THE WEEK AHEAD\n\nFRIDAY, JULY 12\n- Vilnius: Biden and Erdogan sit down to settle a dispute that began in "
        "May.\n\nSATURDAY, JULY 13\n- Helsinki: Biden holds talks with Sauli Niinisto, after a dinner at the "
        "palace on Friday evening.",
        dt.date(2023, 7, 9),
        [
            ((BIDEN, "recep-tayyip-erdogan"), "meeting", "planned", "2023-07-12"),
            ((BIDEN, "sauli-niinisto"), "meeting", "planned", "2023-07-13"),
        ],
    ),
    (
        "a-programme-s-bullet-under-its-day-is-its-guest-s-engagement",
        "Visit of the Prime Minister to Japan\n\nCanberra, 3 October 2024\n\nPrime Minister Anthony Albanese "
        "will visit Japan from 7 to 9 October 2024.\n\nMonday, 7 October 2024\n- Arrival at Haneda Airport\n- "
        "Luncheon hosted by Emperor Naruhito at the Imperial Palace\n\nTuesday, 8 October 2024\n- Wreath-laying "
        "ceremony\n",
        dt.date(2024, 10, 3),
        [
            ((ALBANESE, "shigeru-ishiba"), "visit", "planned", "2024-10-07/2024-10-09"),
            (("naruhito", ALBANESE), "visit", "planned", "2024-10-07"),
        ],
    ),
    (
        "a-programme-s-last-bullet-with-honorifics-is-its-day-s-no-title",
        "State Visit of the Prime Minister to India\n\nLondon, 2 October 2025\n\nPrime Minister Keir Starmer will "
        "pay a state visit to India from 7 to 9 October 2025.\n\nTuesday, 7 October 2025\n- Arrival in Mumbai\n- "
        "State banquet hosted by H.E. Mrs. Droupadi Murmu, President of India, at Rashtrapati Bhavan\n\n"
        "Wednesday, 8 October 2025\n- Departure for London\n",
        dt.date(2025, 10, 2),
        [
            ((STARMER, MODI), "visit", "planned", "2025-10-07/2025-10-09"),
            (("droupadi-murmu", STARMER), "visit", "planned", "2025-10-07"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(HEADINGS))
def test_a_time_heading_dates_the_lines_under_it(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_sections_need_two_headings_and_end_at_the_next() -> None:
    page = normalize("2016\nPutin met Xi.\n\n2019\nModi met Abe.\nThey spoke.")
    found = sections(page, dt.date(2024, 1, 1))
    assert [(str(s.span), s.year, page.text[s.start : s.end].split()[-1]) for s in found] == [
        ("2016", 2016, "Xi."),
        ("2019", 2019, "spoke."),
    ]
    assert sections(normalize("2016\nPutin met Xi."), dt.date(2024, 1, 1)) == []


#: A sentence that speaks of the years before 2000 knows the leaders of its time, however late the text.
EARLIER = [
    (
        "a-recap-of-1973-in-a-text-of-2023",
        "In November 1973, Gough Whitlam became the first Australian prime minister to visit China and was "
        "received by Mao Zedong.",
        dt.date(2023, 11, 6),
        [((WHITLAM, MAO), "visit", "occurred", "1973-11")],
    ),
    (
        "a-former-leader-named-in-full-is-introduced",
        "Nawaz Sharif led Pakistan three times. In July 2015, Narendra Modi and Sharif met in Ufa.",
        dt.date(2025, 5, 12),
        [((MODI, SHARIF), "meeting", "occurred", "2015-07")],
    ),
]


EARLIER += [
    (
        "a-seat-of-government-in-a-month-of-transition-is-the-new-leader-s",  # people.host-after-transition
        "Theresa May visited Washington in January for talks at the White House.",
        dt.date(2017, 3, 1),
        [(("theresa-may", TRUMP), "visit", "occurred", "2017-01")],
    ),
    (
        "another-seat-of-government-in-a-month-of-transition",
        "In July 2016 Enda Kenny travelled to London for talks at Downing Street.",
        dt.date(2017, 6, 1),
        [(("enda-kenny", "theresa-may"), "visit", "occurred", "2016-07")],
    ),
    (
        "a-year-of-transition-is-the-leader-of-most-of-it",  # people.host-after-transition, a year
        "Anwar Sadat visited Jerusalem in 1977 for talks at the Knesset.",
        dt.date(1990, 1, 1),
        [(("anwar-sadat", "menachem-begin"), "visit", "occurred", "1977-01-01/1977-12-31")],
    ),
    (
        "another-year-of-transition",
        "Theresa May visited Washington in 2017 for talks at the White House.",
        dt.date(2019, 1, 1),
        [(("theresa-may", TRUMP), "visit", "occurred", "2017-01-01/2017-12-31")],
    ),
    (
        "a-named-host-in-a-month-of-transition-stays-named",
        "Theresa May met Barack Obama in Washington in January.",
        dt.date(2017, 3, 1),
        [(("theresa-may", "barack-obama"), "visit", "occurred", "2017-01")],
    ),
    (
        "one-who-took-office-later-that-year",
        "Gerald Ford met Leonid Brezhnev in Vladivostok in 1974.",
        dt.date(2024, 11, 15),
        [(("gerald-ford", "leonid-brezhnev"), "meeting", "occurred", "1974-01-01/1974-12-31")],
    ),
    (
        "a-year-heading-dates-the-leaders-under-it",
        "Summits over the years\n\n1972\nRichard Nixon travels to Peking and meets Mao Zedong.\n\n1979\nDeng "
        "Xiaoping visits Washington and holds talks with Jimmy Carter.",
        dt.date(2024, 11, 15),
        [
            (("richard-nixon", MAO), "visit", "occurred", "1972-01-01/1972-12-31"),
            (("deng-xiaoping", "jimmy-carter"), "visit", "occurred", "1979-01-01/1979-12-31"),
        ],
    ),
]


EARLIER += [
    (
        "a-titled-alias-the-full-name-goes-on-past",
        "In February 1965 Premier Alexei Kosygin flew to Hanoi, where President Ho Chi Minh received him.",
        dt.date(2025, 11, 20),
        [(("ho-chi-minh", "alexei-kosygin"), "visit", "occurred", "1965-02")],
    ),
]


#: Recaps of the 1930s and 1940s: the leaders of 1930-1945, in texts of any year.
EARLIER += [
    (
        "a-prime-minister-flies-to-meet-a-chancellor-of-1938",
        "Neville Chamberlain flew to Munich in September 1938 to meet Adolf Hitler.",
        dt.date(1988, 9, 29),
        [(("neville-chamberlain", "adolf-hitler"), "visit", "occurred", "1938-09")],
    ),
    (
        "four-leaders-of-1938-by-family-name",
        "Daladier and Chamberlain met Hitler and Mussolini in Munich on Sept. 29, 1938.",
        dt.date(1998, 9, 29),
        [
            (
                ("edouard-daladier", "neville-chamberlain", "adolf-hitler", "benito-mussolini"),
                "summit",
                "occurred",
                "1938-09-29",
            )
        ],
    ),
    (
        "a-wartime-conference-recalled-decades-later",
        "In January 1943 Roosevelt and Churchill met at Casablanca.",
        dt.date(2018, 1, 14),
        [(("franklin-d-roosevelt", "winston-churchill"), "meeting", "occurred", "1943-01")],
    ),
    (
        "a-dominion-prime-minister-hosts-a-wartime-conference",
        "Mackenzie King hosted Roosevelt and Churchill at Quebec in August 1943.",
        dt.date(1993, 8, 17),
        [
            (
                ("william-lyon-mackenzie-king", "franklin-d-roosevelt", "winston-churchill"),
                "summit",
                "occurred",
                "1943-08",
            )
        ],
    ),
    (
        "vichy-s-chief-of-state-without-accents",
        "Marshal Petain met Hitler at Montoire in October 1940.",
        dt.date(2010, 10, 24),
        [(("philippe-petain", "adolf-hitler"), "meeting", "occurred", "1940-10")],
    ),
    (
        "a-prime-minister-in-exile-received-in-moscow",
        "Stalin received Sikorski in Moscow in December 1941.",
        dt.date(1991, 12, 3),
        [(("joseph-stalin", "wladyslaw-sikorski"), "visit", "occurred", "1941-12")],
    ),
    (
        "an-anniversary-counts-years-back-to-yalta",
        "Fifty years ago, Churchill, Roosevelt and Stalin met at Yalta.",
        dt.date(1995, 2, 6),
        [
            (
                ("winston-churchill", "franklin-d-roosevelt", "joseph-stalin"),
                "summit",
                "occurred",
                "1945-01-01/1945-12-31",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(EARLIER))
def test_a_recap_knows_the_leaders_of_its_time(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: Transcripts: a turn's label on its own line, the speaker's "I", questions that ask, answers that go on.
TRANSCRIPTS = [
    (
        "a-label-on-its-own-line-is-the-speaker-of-the-turn",
        "PRESIDENT BIDEN:\nI spoke with Prime Minister Albanese this morning.\n\nREPORTER:\nThank you, sir.",
        dt.date(2023, 10, 24),
        [((BIDEN, ALBANESE), "meeting", "occurred", "2023-10-24")],
    ),
    (
        "we-of-a-leader-s-turn-is-the-leader",
        "PRESIDENT BIDEN: We had a very good meeting with Prime Minister Albanese today. Our teams met too.",
        dt.date(2023, 10, 25),
        [((BIDEN, ALBANESE), "meeting", "occurred", "2023-10-25")],
    ),
    (
        "my-friend-before-a-guest-s-title",
        "PRESIDENT BIDEN: Today I welcomed my friend Prime Minister Albanese to the White House.",
        dt.date(2023, 10, 25),
        [((BIDEN, ALBANESE), "visit", "occurred", "2023-10-25")],
    ),
    (
        "an-interviewer-s-you-is-the-leader-interviewed",
        "INTERVIEWER: You met President Xi last week. How did it go?\n\nPRIME MINISTER ALBANESE: It went well. We "
        "met for over an hour.",
        dt.date(2023, 11, 13),
        [((ALBANESE, XI), "meeting", "occurred", "2023-11-06/2023-11-12")],
    ),
    (
        "titled-labels-of-a-joint-statement-and-their-we",
        "Press statements\n\nPresident of Russia Vladimir Putin: Colleagues, friends,\n\nWe met in Samarkand last "
        "September. Thank you.\n\nPresident of the People's Republic of China Xi Jinping (retranslated): Friends,\n\n"
        "Earlier today I also met Prime Minister Mikhail Mishustin.",
        dt.date(2023, 3, 21),
        [
            ((PUTIN, XI), "meeting", "occurred", "2022-09"),
            ((XI, "mikhail-mishustin"), "meeting", "occurred", "2023-03-21"),
        ],
    ),
    (
        "us-is-no-country-and-a-reporter-s-we-no-leader",
        "PRESIDENT BIDEN: The US and Australia are close.\nREPORTER: We met President Xi today.",
        dt.date(2023, 10, 25),
        [],
    ),
    (
        "a-label-that-is-more-than-a-leader-s-name-is-someone-else",
        "HOST:\nWelcome back.\n\nNEHA MODI:\nI met Prime Minister Tusk in Warsaw yesterday.",
        dt.date(2024, 8, 23),
        [],
    ),
    (
        "a-leader-s-the-prime-minister-is-the-one-prime-minister-named-not-the-speaker",
        "TRANSCRIPT: Interview with Prime Minister Leo Varadkar\n\nHOST: Have you heard from Theresa May?\n\n"
        "LEO VARADKAR: I have. The Prime Minister rang me on Wednesday.",
        dt.date(2019, 2, 1),
        [(("theresa-may", "leo-varadkar"), "call", "occurred", "2019-01-30")],
    ),
    (
        "a-leader-s-the-chancellor-is-the-one-chancellor-the-text-names",
        "TRANSCRIPT: Interview with Prime Minister Mark Rutte\n\nHOST: Is Europe behind you?\n\nMARK RUTTE: It "
        "is. I spoke to the Chancellor on Tuesday. Angela Merkel has been steadfast.",
        dt.date(2019, 2, 1),
        [(("mark-rutte", "angela-merkel"), "meeting", "occurred", "2019-01-29")],
    ),
    (
        "a-leader-s-the-prime-minister-named-later",
        "TRANSCRIPT: Interview with President Emmanuel Macron\n\nHOST: Is London on board?\n\nEMMANUEL MACRON: "
        "Yes. The Prime Minister called me on Monday. Rishi Sunak understands what is at stake.",
        dt.date(2023, 6, 1),
        [(("rishi-sunak", MACRON), "call", "occurred", "2023-05-29")],
    ),
    (
        "a-yes-no-question-asks-and-the-answer-reports",
        "HOST: Is this the first time Narendra Modi and Volodymyr Zelensky have met?\nREPORTER: No. They met in "
        "June on the sidelines of the G7 summit.",
        dt.date(2024, 8, 23),
        [((MODI, ZELENSKY), "meeting", "occurred", "2024-06")],
    ),
    (
        "an-answer-that-is-a-time-dates-what-follows",
        "HOST: When did Anthony Albanese and Xi Jinping first sit down together?\nREPORTER: Last November in Bali. "
        "They held talks on the sidelines of the G20 summit there.",
        dt.date(2023, 11, 6),
        [((ALBANESE, XI), "meeting", "occurred", "2022-11-15/2022-11-16")],
    ),
    (
        "two-leaders-who-sat-down-on-the-edge-of-a-summit",
        "HOST: Where did Anthony Albanese and Xi Jinping first meet?\nREPORTER: Last November in Bali. The two "
        "leaders sat down on the edge of the G20 summit there.",
        dt.date(2023, 11, 6),
        [((ALBANESE, XI), "meeting", "occurred", "2022-11-15/2022-11-16")],
    ),
    (
        "the-headline-names-the-protagonist",
        "Albanese arrives in Beijing\n\nThe visit is the first in seven years. He met Xi Jinping at the Great Hall "
        "this afternoon.",
        dt.date(2023, 11, 6),
        [((ALBANESE, XI), "meeting", "occurred", "2023-11-06")],
    ),
    (
        "a-day-spent-somewhere-dates-what-follows-there",
        "Narendra Modi spent Wednesday in Suva. Frank Bainimarama received him at the airport.",
        dt.date(2014, 11, 21),
        [(("frank-bainimarama", MODI), "visit", "occurred", "2014-11-19")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(TRANSCRIPTS))
def test_a_transcript_is_read_turn_by_turn(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A guest leader who alone speaks on the host's own page: the host, named or spoken to, is the other party of the
#: guest's "we" (and, spoken to, of "you"); no host on a ministry's page or a paper's, nor one the text leaves out.
#: Rows are ``(id, text, publication date, outlet, expected)``.
GUEST_REMARKS = [
    (
        "the-host-spoken-to-is-the-guest-s-you-and-we",
        "PRIME MINISTER BARAK: Mr. President, I welcome you to Jerusalem.\n\nIn our conversations this morning we "
        "covered every issue.",
        dt.date(2000, 3, 10),
        "The White House",
        [(("ehud-barak", "bill-clinton"), "visit", "occurred", "2000-03-10")],
    ),
    (
        "the-host-spoken-to-shares-the-guest-s-talks",
        "PRIME MINISTER BARAK: Mr. President, we held talks today.",
        dt.date(2000, 3, 10),
        "The White House",
        [(("ehud-barak", "bill-clinton"), "meeting", "occurred", "2000-03-10")],
    ),
    (
        "the-host-named-shares-the-guest-s-dialogue",
        "CHRIS HIPKINS, PRIME MINISTER OF NEW ZEALAND: We just concluded a warm leaders dialogue. Albanese and I "
        "agree on much.",
        dt.date(2023, 2, 3),
        "Prime Minister of Australia",
        [(("chris-hipkins", ALBANESE), "meeting", "occurred", "2023-02-02/2023-02-03")],
    ),
    (
        "no-host-the-text-neither-names-nor-speaks-to",
        "PRIME MINISTER BARAK: We held talks today.",
        dt.date(2000, 3, 10),
        "The White House",
        [],
    ),
    (
        "a-ministry-s-page-is-no-leader-s",
        "PRIME MINISTER BARAK: Mr. President, we held talks today.",
        dt.date(2000, 3, 10),
        "U.S. Department of State",
        [],
    ),
    (
        "a-paper-s-page-is-no-leader-s",
        "PRIME MINISTER BARAK: Mr. President, we held talks today.",
        dt.date(2000, 3, 10),
        "The Jerusalem Post",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "outlet", "expected"), **rows(GUEST_REMARKS))
def test_a_guest_speaking_on_the_host_s_page_speaks_with_the_host(
    text: str, published: dt.date, outlet: str, expected: list[Row]
) -> None:
    assert meetings(text, published, outlet) == expected


def test_a_yes_no_question_reports_no_meeting() -> None:
    assert meetings("Will Lula meet Xi in Beijing next month?", dt.date(2024, 5, 1)) == []
    assert meetings("Why did Modi meet Putin in Moscow in July?", dt.date(2024, 8, 23)) != []  # it says they met


def test_a_date_beside_a_count_forward_is_in_the_year_told() -> None:
    text = (
        "In October 2022, in Prague, Ilham Aliyev and Nikol Pashinyan sat down with Emmanuel Macron. Three weeks "
        "later, on October 31, Vladimir Putin hosted Aliyev and Pashinyan in Sochi."
    )
    dates = [date for _, _, _, date in meetings(text, dt.date(2025, 8, 12))]
    assert dates == ["2022-10", "2022-10-31"]


#: Official readouts write titles out before the name: one person.
READOUTS = [
    (
        "a-written-out-title-in-a-coordinated-subject",
        "Vladimir Putin and President of the Socialist Republic of Vietnam To Lam held talks in Hanoi.",
        dt.date(2024, 6, 20),
        [((PUTIN, "to-lam"), "visit", "occurred", "2024-06-19/2024-06-20")],
    ),
    (
        "two-titles-joined-before-one-name",
        "Li Qiang called on General Secretary of the Communist Party of Viet Nam Central Committee and State "
        "President To Lam in Hanoi on Saturday.",
        dt.date(2024, 10, 13),
        [(("li-qiang", "to-lam"), "visit", "occurred", "2024-10-12")],
    ),
    (
        "two-titles-of-two-people-stay-two",
        "Li Qiang met the President of Kenya and Prime Minister Abiy Ahmed in Addis Ababa on Saturday.",
        dt.date(2024, 10, 13),
        [
            (("li-qiang", "william-ruto"), "meeting", "occurred", "2024-10-12"),
            (("li-qiang", "abiy-ahmed"), "visit", "occurred", "2024-10-12"),
        ],
    ),
    (
        "a-title-with-an-office-and-a-country-in-it",
        "Talks between Vladimir Putin and Chairman of State Affairs of the Democratic People's Republic of Korea "
        "Kim Jong Un took place at the guest house.",
        dt.date(2024, 6, 19),
        [((PUTIN, "kim-jong-un"), "meeting", "occurred", "2024-06-18/2024-06-19")],
    ),
    (
        "at-the-invitation-of-the-host-a-visit-took-place",
        "At the invitation of Prime Minister Narendra Modi, President Emmanuel Macron paid a state visit to India "
        "from 25 to 26 January 2024.",
        dt.date(2024, 1, 27),
        [((MACRON, MODI), "visit", "occurred", "2024-01-25/2024-01-26")],
    ),
    (
        "a-visiting-guest-is-no-visit-of-the-host-s",
        "Premier Li Qiang met with visiting Australian Prime Minister Anthony Albanese in Beijing on Tuesday.",
        dt.date(2023, 11, 9),
        [(("li-qiang", ALBANESE), "visit", "occurred", "2023-11-07")],
    ),
    (
        "a-guest-greeted-visiting-is-no-visit-of-the-host-s",
        "President Cyril Ramaphosa greeted visiting Kenyan President William Ruto at the Union Buildings on Monday.",
        dt.date(2023, 11, 8),
        [(("cyril-ramaphosa", "william-ruto"), "visit", "occurred", "2023-11-06")],
    ),
    (
        "a-guest-welcomed-visiting-is-no-visit-of-the-host-s",
        "Prime Minister Narendra Modi welcomed visiting Chancellor Olaf Scholz in New Delhi on Friday.",
        dt.date(2024, 10, 26),
        [((MODI, SCHOLZ), "visit", "occurred", "2024-10-25")],
    ),
    (
        "a-deputy-s-title-is-no-leader-s",
        "Vice President of the United States Kamala Harris met Narendra Modi.",
        dt.date(2024, 6, 20),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(READOUTS))
def test_a_written_out_title_is_the_name_s(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_government_schedule_s_president_is_its_own() -> None:
    text = (
        "THE PRESIDENT'S WEEK\n\nWEDNESDAY, SEPTEMBER 20\n11:10 AM  The President greets the President of the General "
        "Assembly, Dennis Francis.\nThe President meets with Prime Minister Fumio Kishida of Japan.\n\n"
        "THURSDAY, SEPTEMBER 21\n7:15 PM  The President welcomes President Yoon Suk Yeol of the Republic of Korea "
        "to the White House."
    )
    result = de.parse(text, published=dt.date(2023, 9, 17), outlet="The White House")
    found = [
        (tuple(p.leader_id for p in m.participants), m.kind.value, m.status.value, written(m.date))
        for m in result.meetings
    ]
    assert found == [
        ((BIDEN, KISHIDA), "meeting", "planned", "2023-09-20"),
        ((BIDEN, YOON), "visit", "planned", "2023-09-21"),
    ]
    assert result.warnings == ()  # "7:15 PM" names no prime minister


#: A readout whose headline names a call: the talks its body tells are that call (kind.call-heading).
CALL_HEADLINES = [
    (
        "a-readout-headline-names-the-call",
        "Readout of the Prime Minister's call with President Macron\n\nPrime Minister Rishi Sunak spoke to "
        "President Emmanuel Macron this afternoon. The leaders discussed Ukraine.",
        dt.date(2023, 6, 21),
        [(("rishi-sunak", MACRON), "call", "occurred", "2023-06-21")],
    ),
    (
        "a-white-house-readout-with-a-bare-title",
        "THE WHITE HOUSE\n\nReadout of the President's Call with Chancellor Scholz\n\nThe President spoke today "
        "with Chancellor Olaf Scholz of Germany.",
        dt.date(2023, 6, 21),
        [((BIDEN, SCHOLZ), "call", "occurred", "2023-06-21")],
    ),
    (
        "calls-for-in-a-headline-is-no-call",
        "Biden calls for calm as he meets Scholz\n\nPresident Joe Biden spoke with Chancellor Olaf Scholz in Berlin "
        "today.",
        dt.date(2023, 6, 21),
        [((BIDEN, SCHOLZ), "visit", "occurred", "2023-06-21")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(CALL_HEADLINES))
def test_a_readout_s_call_headline_makes_its_talks_a_call(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: The same headline given as the page's title, not in its text (kind.call-heading).
CALL_TITLES = [
    (
        "a-title-names-the-call",
        "PM call with President Macron: 21 June 2023",
        "The Prime Minister spoke to President Emmanuel Macron this afternoon. The leaders discussed Ukraine.",
        [(("rishi-sunak", MACRON), "call", "occurred", "2023-06-21")],
    ),
    (
        "a-meeting-the-readout-recalls-by-its-month-is-no-call",
        "Readout: President Macron's telephone conversation with Prime Minister Sunak",
        "President Emmanuel Macron spoke with Prime Minister Rishi Sunak by telephone today. In March, Sunak came to "
        "Paris for talks with Macron.",
        [
            (("emmanuel-macron", "rishi-sunak"), "call", "occurred", "2023-06-21"),
            (("rishi-sunak", "emmanuel-macron"), "visit", "occurred", "2023-03"),
        ],
    ),
    (
        "a-title-that-calls-for-something-is-no-call",
        "Sunak calls for calm as he meets Macron",
        "The Prime Minister spoke to President Emmanuel Macron in Paris this afternoon.",
        [(("rishi-sunak", MACRON), "visit", "occurred", "2023-06-21")],
    ),
]


@pytest.mark.parametrize(("title", "text", "expected"), **rows(CALL_TITLES))
def test_a_title_that_names_a_call_makes_the_talks_a_call(title: str, text: str, expected: list[Row]) -> None:
    result = de.parse(text, published=dt.date(2023, 6, 21), outlet="GOV.UK", title=title)
    found = [
        (tuple(p.leader_id or "" for p in m.participants), m.kind.value, m.status.value, written(m.date))
        for m in result.meetings
    ]
    assert found == expected


#: A release's letterhead is its publisher when no outlet comes with it: "the President" is that country's.
LETTERHEADS = [
    (
        "the-white-house-letterhead-makes-the-president-the-us-one",
        "THE WHITE HOUSE\nOffice of the Press Secretary\n\nFor Immediate Release\n\nThe President will host "
        "Prime Minister Narendra Modi of India for an official state visit on June 22.",
        dt.date(2023, 6, 12),
        [((BIDEN, MODI), "visit", "planned", "2023-06-22")],
    ),
    (
        "a-downing-street-letterhead-makes-the-prime-minister-the-uk-one",
        "10 DOWNING STREET\n\nPress release\n\nThe Prime Minister met Chancellor Olaf Scholz in Berlin today.",
        dt.date(2023, 6, 21),
        [(("rishi-sunak", SCHOLZ), "visit", "occurred", "2023-06-21")],
    ),
    (
        "a-headline-that-names-a-seat-with-more-words-is-no-letterhead",
        "The White House prepares for a busy week\n\nThe President will host Prime Minister Narendra Modi of "
        "India on June 22.",
        dt.date(2023, 6, 12),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(LETTERHEADS))
def test_a_letterhead_is_the_publisher(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: Wire stories of 1946-1999: signings, appositions, passives, places that are also names of the time.
WIRES = [
    (
        "a-signing-with-an-office-in-apposition",
        "MOSCOW, June 1 -- Leonid Brezhnev, general secretary of the Soviet Communist Party, and President Gerald "
        "Ford signed a communique tonight.",
        dt.date(1975, 6, 1),
        [(("leonid-brezhnev", "gerald-ford"), "meeting", "occurred", "1975-06-01")],
    ),
    (
        "signed-by-two-in-the-passive",
        "The declaration, under which trade will double by 1990, was signed in Peking in December 1984 by Prime "
        "Minister Margaret Thatcher and Premier Zhao Ziyang.",
        dt.date(1986, 10, 14),
        [(("margaret-thatcher", "zhao-ziyang"), "visit", "occurred", "1984-12")],
    ),
    (
        "initialed-now-and-to-be-signed-by-the-three-in-paris",
        "Alija Izetbegovic, Slobodan Milosevic and Franjo Tudjman initialed the text today. The accord is to be "
        "formally signed in Paris next month by the three presidents.",
        dt.date(1995, 11, 21),
        [
            (("alija-izetbegovic", "slobodan-milosevic", "franjo-tudman"), "summit", "occurred", "1995-11-21"),
            (("alija-izetbegovic", "slobodan-milosevic", "franjo-tudman"), "summit", "planned", "1995-12"),
        ],
    ),
    (
        "the-three-presidents-are-the-three-leaders-not-their-envoys",
        "Alija Izetbegovic, Slobodan Milosevic and Franjo Tudjman initialed the text today, watched by envoy "
        "Richard Holbrooke and Secretary of State Warren Christopher. The treaty is to be signed in Paris next month "
        "by the three presidents.",
        dt.date(1995, 11, 21),
        [
            (("alija-izetbegovic", "slobodan-milosevic", "franjo-tudman"), "summit", "occurred", "1995-11-21"),
            (("alija-izetbegovic", "slobodan-milosevic", "franjo-tudman"), "summit", "planned", "1995-12"),
        ],
    ),
    (
        "two-envoys-each-of-his-country-carry-a-message",
        "Prime Minister Jawaharlal Nehru of India and President Kwame Nkrumah of Ghana will carry the appeal to "
        "Khrushchev in Moscow, and President Sukarno of Indonesia and President Modibo Keita of Mali will take it "
        "to Kennedy in Washington.",
        dt.date(1961, 9, 6),
        [
            (("jawaharlal-nehru", "kwame-nkrumah", "nikita-khrushchev"), "summit", "planned", None),
            (("sukarno", "modibo-keita-1915", "john-f-kennedy"), "summit", "planned", None),
        ],
    ),
    (
        "leaders-who-conferred",
        "Tito, Nasser and Nehru conferred at Brioni in July 1956.",
        dt.date(1961, 9, 6),
        [(("josip-broz-tito", "gamal-abdel-nasser", "jawaharlal-nehru"), "summit", "occurred", "1956-07")],
    ),
    (
        "two-hosts-of-one-country-greet-the-guest-each",
        "President Anwar Sadat landed at Ben-Gurion Airport on Saturday night. Prime Minister Menachem Begin and "
        "President Ephraim Katzir greeted him at the foot of the ramp.",
        dt.date(1977, 11, 20),
        [
            (("menachem-begin", "anwar-sadat"), "visit", "occurred", "1977-11-19"),
            (("ephraim-katzir", "anwar-sadat"), "visit", "occurred", "1977-11-19"),
        ],
    ),
    (
        "a-signature-alone-is-no-meeting",
        "The order was signed by President Bill Clinton and sent to Congress.",
        dt.date(1995, 11, 21),
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(WIRES))
def test_a_wire_of_its_time_is_read_with_its_people(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_plan_in_a_relative_clause_is_not_the_main_verb_s() -> None:
    text = "Emmanuel Macron, who will travel to Rome next week, met Olaf Scholz in Berlin on Monday."
    assert meetings(text, dt.date(2024, 5, 14)) == [((MACRON, SCHOLZ), "visit", "occurred", "2024-05-13")]


def test_a_paragraph_that_opens_with_an_event_of_a_day_goes_on_in_it() -> None:
    text = (
        "Friday's ceremony in the East Room had everything but a treaty. Donald Trump stood between Ilham Aliyev "
        "and Nikol Pashinyan as the two leaders signed a joint declaration."
    )
    assert meetings(text, dt.date(2025, 8, 12)) == [
        ((TRUMP, "ilham-aliyev", "nikol-pashinyan"), "summit", "occurred", "2025-08-08")
    ]
    assert meetings("Friday's weather was fine. Donald Trump and Ilham Aliyev met.", dt.date(2025, 8, 12)) == [
        ((TRUMP, "ilham-aliyev"), "meeting", "occurred", None)  # weather is no event
    ]


def test_a_joint_summit_a_schedule_announces_is_dated_by_its_clause() -> None:
    text = "On Tuesday, May 27, the Prime Minister will host the second ASEAN-GCC summit in Kuala Lumpur."
    [summit] = de.parse(text, published=dt.date(2025, 5, 20)).summits
    assert (summit.name, str(summit.date), summit.status.value) == ("ASEAN-GCC summit", "2025-05-27", "planned")


#: A schedule's or listing's lines under a time heading are its principal's engagements, headings included.
LISTINGS = [
    (
        "a-listing-s-entry-titles-are-the-principal-s-meetings",
        "Vladimir Putin's visit to Egypt and Turkey: the events\n\nOctober 8, 2024, Cairo\nMeeting with President of "
        "Egypt Abdel Fattah el-Sisi\nThe talks focused on trade.\n\nOctober 9, 2024, Ankara\nRussian-Turkish talks\n"
        "Vladimir Putin and Recep Tayyip Erdogan discussed energy supplies.",
        dt.date(2024, 10, 10),
        [
            ((PUTIN, "abdel-fattah-el-sisi"), "meeting", "occurred", "2024-10-08"),
            ((PUTIN, "recep-tayyip-erdogan"), "meeting", "occurred", "2024-10-09"),
        ],
    ),
    (
        "a-live-blog-s-stamps-with-dates-date-their-entries",
        "LIVE UPDATES\n8:32 a.m. ET, May 16, 2024\nPutin and Xi held talks in the Great Hall of the People.\n"
        "9:10 p.m. ET, May 15, 2024\nVladimir Putin landed in Beijing, where Xi Jinping greeted him.",
        dt.date(2024, 5, 16),
        [((PUTIN, XI), "visit", "occurred", "2024-05-16")],  # the arrival of the 15th folds into the talks
    ),
    (
        "one-day-s-schedule-with-its-clock-times",
        "The Prime Minister's day\n\nTUESDAY, MAY 14\n10:00  Prime Minister Keir Starmer meets President Lula\n"
        "12:30  Lunch with Chancellor Olaf Scholz",
        dt.date(2025, 5, 12),
        [
            ((STARMER, "luiz-inacio-lula-da-silva"), "meeting", "planned", "2025-05-14"),
            ((STARMER, SCHOLZ), "meeting", "planned", "2025-05-14"),
        ],
    ),
    (
        "a-line-per-counterpart-after-the-following-meetings",
        "Government releases\nPrime Minister Albanese's meetings in Jakarta\n\nJakarta, Indonesia\nSeptember 6, 2023"
        "\n\nToday, on the margins of the East Asia Summit, Prime Minister Anthony Albanese held the following "
        "meetings.\n\nPresident Joko Widodo of Indonesia\nThe leaders discussed trade and the energy transition."
        "\n\nPrime Minister Narendra Modi of India\nThe leaders discussed maritime security.\n\nRelated links\n"
        "- Prime Minister to travel to Indonesia",
        dt.date(2023, 9, 6),
        [
            (("anthony-albanese", "joko-widodo"), "meeting", "occurred", "2023-09-06"),
            (("anthony-albanese", MODI), "meeting", "occurred", "2023-09-06"),
        ],
    ),
    (
        "the-following-bilateral-meetings-yesterday",
        "Readout\nThe Prime Minister's day at the summit\n\nYesterday, Prime Minister Keir Starmer held the "
        "following bilateral meetings in Washington.\n\nPresident Emmanuel Macron of France\nThe two leaders "
        "agreed to keep working on security guarantees.\n\nChancellor Olaf Scholz of Germany\nThey discussed "
        "defence spending.",
        dt.date(2024, 7, 11),
        [
            ((STARMER, MACRON), "meeting", "occurred", "2024-07-10"),
            ((STARMER, SCHOLZ), "meeting", "occurred", "2024-07-10"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(LISTINGS))
def test_a_listing_s_lines_are_its_principal_s(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


#: A roll of attendees: a sentence ending in a colon says who attends a gathering, and each line after it names one
#: leader (officials who lead no country left out); all of them are one summit, of that sentence's time and status.
ROLLS = [
    (
        "country-dash-title-name-lines-under-sub-headings",
        "Indonesia hosts the 43rd ASEAN Summit in Jakarta next week.\n\nThe foreign ministry said on Friday that "
        "these heads of government will be at the summit from September 5 to 7 to attend it:\n\n"
        "ASEAN members\nMalaysia – Prime Minister Anwar Ibrahim\nPhilippines – President Ferdinand Marcos Jr.\n\n"
        "Partners\nJapan – Prime Minister Fumio Kishida\nAustralia – Prime Minister Anthony Albanese\n"
        "World Bank – President Ajay Banga",
        dt.date(2023, 9, 1),
        [
            (
                ("anwar-ibrahim", "ferdinand-marcos-jr", KISHIDA, ALBANESE),
                "summit",
                "planned",
                "2023-09-05/2023-09-07",
            )
        ],
    ),
    (
        "plain-name-lines-of-the-summit-told-before",
        "The Commonwealth leaders' summit opened in Kigali on Friday.\n\nThose present at the opening session "
        "included:\n\nJustin Trudeau\nBoris Johnson\nPaul Kagame\n\nOn Thursday, Boris Johnson held talks "
        "with Paul Kagame at his office.",
        dt.date(2022, 6, 25),
        [
            (("justin-trudeau", "boris-johnson", "paul-kagame"), "summit", "occurred", "2022-06-24"),
            (("boris-johnson", "paul-kagame"), "meeting", "occurred", "2022-06-23"),
        ],
    ),
    (
        "title-name-country-in-brackets",
        "The leaders taking part in Monday's Normandy-format summit in Paris:\n\nEmmanuel Macron (France)\n"
        "Angela Merkel (Germany)\nVladimir Putin (Russia)\nVolodymyr Zelensky (Ukraine)",
        dt.date(2019, 12, 10),
        [((MACRON, "angela-merkel", PUTIN, ZELENSKY), "summit", "occurred", "2019-12-09")],
    ),
    (
        "ministers-and-absent-leaders-are-no-roll",
        "The Commonwealth leaders' summit opened in Kigali on Friday.\n\nThe following ministers attended the "
        "opening session:\n\nForeign Minister Melanie Joly\nForeign Secretary Liz Truss\n\nThe following "
        "leaders did not attend:\n\nNarendra Modi\nCyril Ramaphosa\nScott Morrison",
        dt.date(2022, 6, 25),
        [],
    ),
    (
        "a-list-of-counterparts-stays-bilateral",
        "Prime Minister Keir Starmer arrived in New York on Monday for the UN General Assembly.\n\nOn its "
        "margins, the Prime Minister held bilateral meetings with leaders attending the session:\n\n"
        "- President Emmanuel Macron of France\n- Chancellor Olaf Scholz of Germany\n"
        "- Prime Minister Giorgia Meloni of Italy",
        dt.date(2024, 9, 24),
        [
            ((STARMER, MACRON), "meeting", "occurred", "2024-09-23"),
            ((STARMER, SCHOLZ), "meeting", "occurred", "2024-09-23"),
            ((STARMER, "giorgia-meloni"), "meeting", "occurred", "2024-09-23"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), **rows(ROLLS))
def test_a_roll_of_attendees_is_one_summit_of_its_lines(text: str, published: dt.date, expected: list[Row]) -> None:
    assert meetings(text, published) == expected


def test_a_bare_title_s_label_is_the_publisher_s_office() -> None:
    text = (
        "Q: Mr. President, did you talk to President Xi this week?\nTHE PRESIDENT: I did. I spoke with him on Tuesday."
    )
    result = de.parse(text, published=dt.date(2023, 11, 17), outlet="The White House")
    assert [(tuple(p.leader_id for p in m.participants), str(m.date)) for m in result.meetings] == [
        ((BIDEN, XI), "2023-11-14")
    ]
    assert de.parse(text, published=dt.date(2023, 11, 17)).meetings == ()  # no publisher: no one's title


def test_a_government_listing_s_lines_are_its_principal_s() -> None:
    text = (
        "Visit to Kazan\n\nOctober 23, 2024, 19:00\nMeeting with President of Venezuela Nicolas Maduro\n\n"
        "October 22, 2024, 17:35\nMeeting with President of South Africa Cyril Ramaphosa\n"
        "The two presidents discussed trade."
    )
    result = de.parse(text, published=dt.date(2024, 10, 24), outlet="President of Russia")
    assert [(tuple(p.leader_id for p in m.participants), str(m.date)) for m in result.meetings] == [
        ((PUTIN, "nicolas-maduro"), "2024-10-23"),
        ((PUTIN, "cyril-ramaphosa"), "2024-10-22"),
    ]


def test_an_itinerary_of_the_day_dates_its_plans() -> None:
    text = (
        "Prime Minister of Canada\n\nItinerary\n\nJune 15, 2025\nOttawa, Ontario\n\n9:45 a.m.   The Prime Minister "
        "will meet the Prime Minister of the United Kingdom, Keir Starmer.\n\n4:45 p.m.   The Prime Minister "
        "will meet the President of South Africa, Cyril Ramaphosa.\n\nNotes for media:\n- Media wishing to "
        "attend must be accredited for the G7 Leaders' Summit in Kananaskis."
    )
    result = de.parse(text, published=dt.date(2025, 6, 15), outlet="Prime Minister of Canada")
    found = [(tuple(p.leader_id for p in m.participants), m.status.value, str(m.date)) for m in result.meetings]
    assert found == [
        (("mark-carney", STARMER), "planned", "2025-06-15"),
        (("mark-carney", "cyril-ramaphosa"), "planned", "2025-06-15"),
    ]  # and the summit the media are accredited for is no gathering of its members


def test_a_region_s_demonym_is_no_country_s() -> None:
    text = "Luiz Inacio Lula da Silva hosted the gathering of South American presidents in Brasilia on Tuesday."
    assert all("joe-biden" not in ids for ids, _, _, _ in meetings(text, dt.date(2023, 5, 31)))


def test_a_question_after_an_address_asks() -> None:
    text = "Q Thank you. Prime Minister, on China: do you plan another summit with President Xi?"
    assert meetings(text, dt.date(2024, 4, 10)) == []


def test_a_daily_schedule_s_lines_are_plans_of_its_day() -> None:
    text = (
        "THE WHITE HOUSE\n\nDAILY GUIDANCE AND PRESS SCHEDULE FOR MONDAY, AUGUST 18, 2025\n\nTHE PRESIDENT'S "
        "SCHEDULE\n\n11:00 AM   THE PRESIDENT receives his intelligence briefing\n\n3:00 PM    THE PRESIDENT "
        "participates in a multilateral meeting with President Alexander Stubb of Finland, President Emmanuel "
        "Macron of France and Prime Minister Keir Starmer of the United Kingdom\n\nDAILY GUIDANCE AND PRESS "
        "SCHEDULE FOR FRIDAY, AUGUST 15, 2025\n\n11:30 AM   THE PRESIDENT participates in a restricted bilateral "
        "meeting with President Putin of the Russian Federation"
    )
    result = de.parse(text, published=dt.date(2025, 8, 18), outlet="The White House")
    found = [(tuple(p.leader_id for p in m.participants), m.status.value, str(m.date)) for m in result.meetings]
    assert found == [
        ((TRUMP, "alexander-stubb", MACRON, STARMER), "planned", "2025-08-18"),
        ((TRUMP, PUTIN), "planned", "2025-08-15"),
    ]


def test_a_ministry_s_list_of_meetings_is_its_prime_minister_s() -> None:
    text = (
        "On the margins of the Summit, Prime Minister held bilateral meetings with the following leaders:\n\n"
        "Italy: Prime Minister met the Prime Minister of Italy, H.E. Ms. Giorgia Meloni.\n\n"
        "Prime Minister also had brief interactions with Prime Minister Lawrence Wong of Singapore.\n\n"
        "Related documents: Departure Statement by Prime Minister ahead of his visit to Nigeria"
    )
    result = de.parse(text, published=dt.date(2024, 11, 18), outlet="Ministry of External Affairs, Government of India")
    assert [tuple(p.leader_id for p in m.participants) for m in result.meetings] == [
        (MODI, "giorgia-meloni"),
        (MODI, "lawrence-wong"),
    ]


def test_a_live_blog_s_day_with_bare_time_stamps_is_no_schedule() -> None:
    text = (
        "Politics live\n\nSunday 2 March 2025\n\n18:52 GMT\nThe King has received Volodymyr Zelensky at "
        "Sandringham.\n\n11:40 GMT\nKeir Starmer met Giorgia Meloni in Downing Street this morning."
    )
    assert [(status, date) for _, _, status, date in meetings(text, dt.date(2025, 3, 2))] == [
        ("occurred", "2025-03-02"),
        ("occurred", "2025-03-02"),
    ]


def test_a_live_blog_told_newest_first_is_no_schedule() -> None:
    text = (
        "Live: leaders in London\n\nThursday, June 5\n\n6:40 p.m. The two leaders will face reporters shortly."
        "\n\n6:05 p.m. Starmer's talks with Carney have ended.\n\n4:30 p.m. Carney reaches Downing Street for "
        "a working lunch with Starmer."
    )
    assert [(status, date) for _, _, status, date in meetings(text, dt.date(2025, 6, 5))] == [
        ("occurred", "2025-06-05")
    ]


def test_a_day_s_programme_told_earliest_first_is_a_schedule() -> None:
    text = (
        "Programme of the visit\n\nThursday, June 5\n\n9:30 a.m. Prime Minister Starmer greets President Macron "
        "at Northolt.\n\n11:00 a.m. Prime Minister Starmer holds talks with President Macron in Downing Street."
    )
    assert [(status, date) for _, _, status, date in meetings(text, dt.date(2025, 6, 5))] == [("planned", "2025-06-05")]


def test_a_timeline_s_month_entries_are_in_the_year_above_them() -> None:
    text = (
        "Summits over the years\n\n1972\n• September: Prime Minister Kakuei Tanaka flies to Beijing. Chairman Mao "
        "Zedong receives him on the 27th. Two days later Tanaka and Premier Zhou Enlai sign a joint communique."
        "\n\n2014\n• November 10: Prime Minister Shinzo Abe and Xi Jinping hold their first meeting in Beijing."
    )
    assert meetings(text, dt.date(2025, 11, 20)) == [
        ((MAO, "kakuei-tanaka"), "visit", "occurred", "1972-09-27"),  # the 27th of the month told
        (("kakuei-tanaka", "zhou-enlai"), "visit", "occurred", "1972-09-29"),  # two days after the 27th
        (("shinzo-abe", XI), "visit", "occurred", "2014-11-10"),
    ]


def test_a_summit_of_its_own_that_a_leader_will_attend_joins_no_meeting_told_before() -> None:
    text = (
        "Shavkat Mirziyoyev signed the treaty with Emomali Rahmon during his state visit to Dushanbe in April 2023.\n\n"
        "The next date is the second Central Asia-China summit, which Kassym-Jomart Tokayev will host in Astana in "
        "June, with Xi Jinping expected to attend."
    )
    found = meetings(text, dt.date(2025, 4, 1))
    assert found[0][0] == ("shavkat-mirziyoyev", "emomali-rahmon")
    assert all("xi-jinping" not in ids for ids, *_ in found)


def test_the_meeting_a_leader_too_will_attend_is_the_one_told() -> None:
    text = (
        "Lula and Macron will meet in Brasilia next week.\n\nScholz praised the get-together, which he too will attend."
    )
    assert meetings(text, dt.date(2024, 3, 20)) == [
        (("luiz-inacio-lula-da-silva", MACRON, SCHOLZ), "summit", "planned", "2024-03-25/2024-03-31")
    ]


def test_a_clause_of_as_after_a_summit_names_no_one_at_it() -> None:
    text = "Narendra Modi and James Marape co-host a Pacific summit as Joe Biden's no-show leaves the stage to India."
    assert [ids for ids, *_ in meetings(text, dt.date(2023, 5, 22))] == [("narendra-modi", "james-marape")]


def test_someone_the_knowledge_base_does_not_know_is_the_subject_before_the_verb() -> None:
    text = (
        "Emmanuel Macron received Xi Jinping at the Elysee on Monday, after which the Commission president, Ursula "
        "von der Leyen, joined them."
    )
    assert meetings(text, dt.date(2024, 5, 8)) == [((MACRON, XI), "visit", "occurred", "2024-05-06")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Keir Starmer hosts European leaders in London; Volodymyr Zelensky is received by the King at Sandringham "
            "today.",
            dt.date(2025, 3, 2),
            [(("charles-iii", ZELENSKY), "2025-03-02")],
        ),
        (
            "William Ruto welcomed King Charles in Nairobi today. Daniel arap Moi had been received by the Queen on a "
            "state visit to Britain in 1979.",
            dt.date(2023, 10, 31),
            [
                (("william-ruto", "charles-iii"), "2023-10-31"),
                (("elizabeth-ii", "daniel-arap-moi"), "1979-01-01/1979-12-31"),
            ],
        ),
    ],
)
def test_a_bare_title_is_the_office_of_its_time_whoever_else_the_sentence_names(
    text: str, published: dt.date, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    assert [(ids, date) for ids, _, _, date in meetings(text, published)] == expected


def test_a_time_before_the_conjunct_of_a_verb_is_another_verbs() -> None:
    text = (
        "Xi Jinping flies on to Belgrade on Tuesday evening, the anniversary of the bombing, and Aleksandar Vucic is "
        "due to host him for talks on Wednesday."
    )
    assert meetings(text, dt.date(2024, 5, 6)) == [(("aleksandar-vucic", XI), "visit", "planned", "2024-05-08")]


def test_a_live_blog_s_arrivals_and_family_photo_are_one_gathering() -> None:
    text = (
        "Summit live\n\n14:20 GMT\nArrivals at Lancaster House, in order: Emmanuel Macron, who got a hug from Keir "
        "Starmer; Poland's Donald Tusk; "
        "Turkey's foreign minister, Hakan Fidan, standing in for President Erdogan; and Justin Trudeau.\n\n"
        "15:05 GMT\nIn the family photo Keir Starmer stood between Volodymyr Zelensky and Emmanuel Macron."
    )
    assert meetings(text, dt.date(2025, 3, 2)) == [
        ((MACRON, STARMER, "donald-tusk", "justin-trudeau", ZELENSKY), "summit", "occurred", "2025-03-02")
    ]


def test_a_readout_s_group_call_and_its_joint_statement_are_one_call() -> None:
    """A call of three or more and a call the same day that shares two of its leaders are one call
    (fold.one-gathering): the readout's "call with A, B and C" and its statement's "the leaders of A, B and C had a
    telephone conversation"."""
    text = (
        "President Biden held a call with Chancellor Scholz, President Macron and Prime Minister Sunak on Tuesday.\n\n"
        'The joint statement said: "On Tuesday, the leaders of Germany, France and the United Kingdom had a telephone '
        'conversation."'
    )
    assert meetings(text, dt.date(2023, 10, 11)) == [
        ((BIDEN, SCHOLZ, MACRON, "rishi-sunak"), "call", "occurred", "2023-10-10")
    ]


@pytest.mark.parametrize(
    "call", ["The leaders had a telephone conversation on Thursday.", "The leaders spoke by telephone on Thursday."]
)
def test_a_bare_the_leaders_before_a_call_is_the_pair_named_before(call: str) -> None:
    """ "The leaders" refers back before a call verb as before a decision (lexicon group_decisions)."""
    text = f"Prime Minister Kishida and President Yoon Suk Yeol plan a summit in Seoul.\n\n{call}"
    found = meetings(text, dt.date(2023, 3, 24))
    assert ((KISHIDA, YOON), "call", "occurred", "2023-03-23") in found


def test_two_group_calls_of_a_day_with_others_besides_stay_two() -> None:
    """Group calls fold into one only when one's people are all in the other (fold.one-gathering)."""
    text = (
        "President Biden held a call with Chancellor Scholz, President Macron and Prime Minister Sunak on Tuesday.\n\n"
        "Later on Tuesday, Biden held a call with Scholz, President Zelensky and Prime Minister Trudeau."
    )
    assert len(meetings(text, dt.date(2023, 10, 11))) == 2
