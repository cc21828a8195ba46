"""End-to-end tests of constructions that feeds use more than articles: readouts, programmes, gatherings.

Every text was written for these tests (facts from the public record, wording
our own). A row is ``(id, text, publication date, outlet, expected)``, where
``expected`` lists each meeting as ``(leader ids, kind, status, date)``, the
date as ISO text ("2023-05-03", "2023-05") or ``None``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import diplomacy_events as de
from tables import Row, meetings, rows

MODI, ALBANESE, LULA, MELONI = "narendra-modi", "anthony-albanese", "luiz-inacio-lula-da-silva", "giorgia-meloni"
ISHIBA, WONG, STARMER, MACRON = "shigeru-ishiba", "lawrence-wong", "keir-starmer", "emmanuel-macron"
RUTO, MUSEVENI, KAGAME, SAMIA = "william-ruto", "yoweri-museveni", "paul-kagame", "samia-suluhu-hassan"
BORIC, PETRO, ARCE = "gabriel-boric", "gustavo-petro", "luis-arce"
INDIA = "Ministry of External Affairs, Government of India"


#: Government readouts: the publisher's bare "Prime Minister", entries that open with a country's name, brief
#: encounters, a coordinated meeting noun that shares the plan of the one before.
READOUTS = [
    (
        "an-entry-labelled-by-country-is-the-publisher-s-leader-s",
        "Bilateral meetings on the margins of the summit, 20 November 2024:\n\nItaly: Prime Minister met the Prime "
        "Minister of Italy, H.E. Ms. Giorgia Meloni.\n\nJapan: Prime Minister met the Prime Minister of Japan, H.E. "
        "Mr. Shigeru Ishiba.",
        dt.date(2024, 11, 20),
        INDIA,
        [
            ((MODI, MELONI), "meeting", "occurred", "2024-11-19/2024-11-20"),  # the page's lead: its news (news-day)
            ((MODI, ISHIBA), "meeting", "occurred", "2024-11-19/2024-11-20"),  # its leader's next (news-lead)
        ],
    ),
    (
        "a-brief-interaction-is-an-encounter",
        "Prime Minister had a brief interaction with Prime Minister Lawrence Wong of Singapore in Rio on Monday.",
        dt.date(2024, 11, 19),
        INDIA,
        [((MODI, WONG), "meeting", "occurred", "2024-11-18")],
    ),
    (
        "the-time-of-a-relative-clause-is-its-own-verb-s",
        "Prime Minister met President Lula in Rio de Janeiro on Monday. Prime Minister also held talks with Prime "
        "Minister Keir Starmer, whom Prime Minister had hosted last month.",
        dt.date(2025, 11, 20),
        INDIA,
        [
            ((MODI, LULA), "visit", "occurred", "2025-11-17"),
            ((MODI, STARMER), "meeting", "occurred", "2025-11-17"),
            ((MODI, STARMER), "visit", "occurred", "2025-10"),
        ],
    ),
    (
        "a-meeting-noun-coordinated-with-a-planned-one-is-planned",
        "On 21 November, Prime Minister will hold the annual summit with Prime Minister Anthony Albanese of "
        "Australia and a bilateral meeting with President Lula.",
        dt.date(2024, 11, 20),
        INDIA,
        [((MODI, ALBANESE), "meeting", "planned", "2024-11-21"), ((MODI, LULA), "meeting", "planned", "2024-11-21")],
    ),
]


@pytest.mark.parametrize(("text", "published", "outlet", "expected"), **rows(READOUTS))
def test_a_readout_s_entries_are_its_leader_s(text: str, published: dt.date, outlet: str, expected: list[Row]) -> None:
    assert meetings(text, published, outlet) == expected


def test_a_yearly_meeting_in_general_is_no_meeting() -> None:
    assert meetings("Modi holds an annual summit with Albanese.", dt.date(2024, 11, 20)) == []


#: Gatherings named with their host and guests.
GATHERINGS = [
    (
        "a-summit-hosted-by-one-and-attended-by-others",
        "On Friday in Arusha, William Ruto attended a regional summit on trade hosted by Yoweri Museveni and attended "
        "by Paul Kagame and Samia Suluhu Hassan.",
        dt.date(2024, 6, 16),
        None,
        [((RUTO, MUSEVENI, KAGAME, SAMIA), "summit", "occurred", "2024-06-14")],
    ),
    (
        "a-multilateral-meeting-with-several-leaders",
        "Starmer held a multilateral meeting with Macron, Meloni and Lula in London on Tuesday.",
        dt.date(2025, 3, 6),
        None,
        [((STARMER, MACRON, MELONI, LULA), "summit", "occurred", "2025-03-04")],
    ),
    (
        "guests-expected-at-the-gathering-told-before",
        "William Ruto is staying on for Friday's gathering on trade, convened by Yoweri Museveni. Six presidents are "
        "expected, among them Paul Kagame and Samia Suluhu Hassan.",
        dt.date(2024, 6, 12),
        None,
        [((RUTO, MUSEVENI, KAGAME, SAMIA), "summit", "planned", "2024-06-14")],
    ),
    (
        "guests-expected-to-attend-including",
        "Lula stays on for Saturday's gathering, called by Gabriel Boric. Eight leaders are expected to attend, "
        "including Gustavo Petro and Luis Arce.",
        dt.date(2023, 5, 24),
        None,
        [((LULA, BORIC, PETRO, ARCE), "summit", "planned", "2023-05-27")],
    ),
]


@pytest.mark.parametrize(("text", "published", "outlet", "expected"), **rows(GATHERINGS))
def test_a_gathering_is_one_meeting_of_all(text: str, published: dt.date, outlet: None, expected: list[Row]) -> None:
    assert meetings(text, published, outlet) == expected


def test_a_gathering_called_by_a_leader_is_no_call() -> None:
    text = "Petro arrived in Brasilia for the meeting of Amazon presidents, called by Lula to save the forest."
    assert [kind for _, kind, _, _ in meetings(text, dt.date(2023, 8, 8))] == ["visit"]


#: News pages: a courtesy call, a word that is a meeting only as a noun, a visit's length written with a hyphen.
PAGES = [
    (
        "to-call-on-a-leader-is-to-meet-him",
        "Prime Minister Pushpa Kamal Dahal will call on President Droupadi Murmu in New Delhi on Friday.",
        dt.date(2023, 5, 31),
        None,
        [(("pushpa-kamal-dahal", "droupadi-murmu"), "visit", "planned", "2023-06-02")],
    ),
    (
        "to-call-on-a-leader-to-act-is-to-urge-him",
        "Biden called on Netanyahu to let more aid into Gaza.",
        dt.date(2024, 3, 4),
        None,
        [],
    ),
    (
        "a-bilateral-trip-is-no-bilateral-meeting",
        "Albanese met Widodo in Jakarta on Monday. Albanese, who arrived in Jakarta on Sunday on his first "
        "bilateral trip abroad, also toured a market.",
        dt.date(2022, 6, 7),
        None,
        [((ALBANESE, "joko-widodo"), "visit", "occurred", "2022-06-06")],
    ),
    (
        "an-arrival-on-a-four-day-visit-begins-it",
        "Albanese arrived in Beijing on Saturday on a four-day state visit to China.",
        dt.date(2023, 11, 7),
        None,
        [((ALBANESE, "xi-jinping"), "visit", "occurred", "2023-11-04/2023-11-07")],
    ),
]


PAGES += [
    (
        "a-then-president-is-the-president-of-the-time",
        "Sudani flew to Tehran in November 2022, holding talks with then-president Raisi.",
        dt.date(2024, 9, 11),
        None,
        [(("mohammed-shia-al-sudani", "ebrahim-raisi"), "visit", "occurred", "2022-11")],
    ),
    (
        "a-caption-shows-two-leaders-at-a-summit",
        "[File photo] Tabare Vazquez and then-president Mauricio Macri at the Mercosur summit in Mendoza, July 2017.",
        dt.date(2023, 5, 29),
        None,
        [(("tabare-vazquez", "mauricio-macri"), "visit", "occurred", "2017-07")],
    ),
]


@pytest.mark.parametrize(("text", "published", "outlet", "expected"), **rows(PAGES))
def test_a_news_page_s_constructions(text: str, published: dt.date, outlet: None, expected: list[Row]) -> None:
    assert meetings(text, published, outlet) == expected


def test_he_opening_a_time_clause_is_the_subject_before_it() -> None:
    text = "Modi's trip follows an invitation Albanese extended when he visited India in March."
    assert meetings(text, dt.date(2023, 5, 23)) == [((ALBANESE, MODI), "visit", "occurred", "2023-03")]


#: Programmes of a visit: day headings with the city in brackets, entries that open with a meeting noun, a list
#: of counterparts each after its own "with", and a page's menu that is no body.
PROGRAMME = (
    "NEWS WIRE\nPolitics | World | Economy | Sport\n3 MAR 2025, 10:15\n\nIshiba's visits to Manila and Hanoi\n\n"
    "TOKYO, March 3. Shigeru Ishiba will visit the Philippines and Vietnam this week, his office said.\n\n"
    "TUESDAY, MARCH 4 (Manila)\n- Talks between Ishiba and President Ferdinand Marcos Jr., followed by a lunch.\n"
    "- Departure for Hanoi.\n\nWEDNESDAY, MARCH 5 (Hanoi)\n- Official talks with President Luong Cuong.\n"
    "- Meetings with General Secretary To Lam, with Prime Minister Pham Minh Chinh and with a business group."
)


def test_a_programme_s_entries_are_plans_of_their_days() -> None:
    found = meetings(PROGRAMME, dt.date(2025, 3, 3))
    assert sorted((people, status, date) for people, _, status, date in found) == [
        (("shigeru-ishiba", "ferdinand-marcos-jr"), "planned", "2025-03-04"),
        (("shigeru-ishiba", "luong-cuong"), "planned", "2025-03-05"),
        (("shigeru-ishiba", "pham-minh-chinh"), "planned", "2025-03-05"),
        (("shigeru-ishiba", "to-lam"), "planned", "2025-03-05"),
    ]


def test_a_menu_of_links_is_no_body() -> None:
    from diplomacy_events.normalize import BlockKind, normalize

    page = normalize("Home | News | Politics | World\nPutin met Xi.")
    assert [b.kind for b in page.blocks] == [BlockKind.CHROME, BlockKind.BODY]


def test_a_plan_that_did_not_come_about_is_no_meeting() -> None:
    text = (
        "Biden was supposed to fly on to Amman for a four-way meeting with King Abdullah, Sisi and Mahmoud Abbas. "
        "Biden met Netanyahu in Tel Aviv on Wednesday."
    )
    assert [people for people, _, _, _ in meetings(text, dt.date(2023, 10, 19))] == [
        ("joe-biden", "benjamin-netanyahu")
    ]


def test_a_summit_called_off_in_a_headline_is_no_summit() -> None:
    result = de.parse("Arab League Summit Called Off After Blast\n\nThe leaders stayed home.", published="2023-10-18")
    assert result.summits == ()


@pytest.mark.parametrize(
    "text",
    [
        "In March 2016 Nepal boycotts the SAARC summit planned for Islamabad, and it is never held.",
        "The SCO summit due in Bishkek that autumn never took place.",
    ],
)
def test_a_summit_that_never_met_is_no_summit(text: str) -> None:
    assert de.parse(text, published="2024-06-10").summits == ()


def test_a_summit_of_a_timeline_is_its_year_s_edition() -> None:
    text = (
        "Ties at a glance\n\nNovember 2005\nThe Indian Prime Minister, in Dhaka for the SAARC summit, meets the "
        "Pakistani Prime Minister on its sidelines.\n\nApril 2007\nThe two prime ministers talk by phone."
    )
    [summit] = de.parse(text, published="2024-06-10").summits
    assert (summit.name, str(summit.date), summit.place.city if summit.place else None) == (
        "SAARC summit",
        "2005-11-12..2005-11-13",
        "Dhaka",
    )


@pytest.mark.parametrize("ago", ["A short while ago", "Two hours ago", "A couple of hours ago", "Minutes ago,"])
def test_hours_ago_is_the_day_of_the_broadcast(ago: str) -> None:
    text = f"{ago} Biden told reporters he had spent an hour on the phone with President Abdel Fattah el-Sisi."
    assert meetings(text, dt.date(2023, 10, 18)) == [
        (("joe-biden", "abdel-fattah-el-sisi"), "call", "occurred", "2023-10-18")
    ]
