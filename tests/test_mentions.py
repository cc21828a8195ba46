"""Tests of stage 3, :mod:`diplomacy_events.mentions`: names, offices, descriptions, pronouns, metonyms.

Each list below is one construction of issue 4, one row per example
sentence (written for these tests), with what the gazetteer must read in
it. Who an office means on a given day is :meth:`Gazetteer.holders`; the
pronoun rows run :func:`link_pronouns` over a paragraph.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events import KnowledgeBase, default_knowledge
from diplomacy_events import mentions as mentions_module
from diplomacy_events.mentions import (
    _ASKING,
    Discourse,
    Gazetteer,
    Mention,
    MentionKind,
    Unlisted,
    _accept,
    _asks_subject,
    _evolve,
    _mark_oblique,
    link_pronouns,
)
from diplomacy_events.model import Role
from diplomacy_events.segment import sentences, tokenize

DAY = dt.date(2017, 11, 23)
LEADERS = (MentionKind.PERSON, MentionKind.OFFICE, MentionKind.PRONOUN, MentionKind.GOVERNMENT)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.for_knowledge(default_knowledge())


def read(gazetteer: Gazetteer, text: str, day: dt.date | None = DAY) -> list[Mention]:
    return gazetteer.mentions(tokenize(text), day)


def of_kind(mentions: list[Mention], *kinds: MentionKind) -> list[Mention]:
    return [m for m in mentions if m.kind in kinds]


def paragraph(gazetteer: Gazetteer, text: str) -> list[list[Mention]]:
    """The linked mentions of each sentence of a one-paragraph text."""
    return link_pronouns([gazetteer.mentions(s.tokens, DAY) for s in sentences(text, 0, len(text))])


def paragraphs(gazetteer: Gazetteer, text: str) -> list[list[Mention]]:
    """The linked mentions of each sentence of a text of paragraphs split by blank lines, read in turn."""
    discourse, linked, start = Discourse(), [], 0
    for block in text.split("\n\n"):
        found = [gazetteer.mentions(s.tokens, DAY) for s in sentences(text, start, start + len(block))]
        linked += link_pronouns(found, discourse)
        start += len(block) + 2
    return linked


def antecedent_ids(mention: Mention) -> list[str]:
    return [a.leaders[0] if a.leaders else a.text for a in mention.antecedents]


#: (id, text, leader id, country, role): a leader named with a title or a country.
TITLED = [
    ("demonym-title-full-name", "Syrian President Bashar al-Assad arrived.", "bashar-al-assad", "SYR", Role.PRESIDENT),
    ("abbreviated-country", "U.S. President Donald Trump spoke.", "donald-trump", "USA", Role.PRESIDENT),
    ("chancellor", "German Chancellor Angela Merkel spoke.", "angela-merkel", "DEU", Role.CHANCELLOR),
    ("two-word-title", "Japanese Prime Minister Shinzo Abe spoke.", "shinzo-abe", "JPN", Role.PRIME_MINISTER),
    ("possessive-country", "Egypt's Abdel Fattah al-Sisi spoke.", "abdel-fattah-el-sisi", "EGY", Role.PRESIDENT),
    (
        "title-and-honorific",
        "Iran's Supreme Leader Ayatollah Ali Khamenei spoke.",
        "ali-khamenei",
        "IRN",
        Role.SUPREME_LEADER,
    ),
    ("king", "Saudi King Salman spoke.", "salman-bin-abdulaziz", "SAU", Role.KING),
    # no country word: the country of the office held that day
    ("family-name-is-a-month", "Prime Minister Theresa May spoke.", "theresa-may", "GBR", Role.PRIME_MINISTER),
    ("de-facto-leader", "North Korean leader Kim Jong Un spoke.", "kim-jong-un", "PRK", Role.LEADER),
]


#: (id, text, the kind of mention the title became, what it keeps of a titled name the knowledge base does not list)
UNLISTED = [
    (
        "someone-of-a-country",
        "Prime Minister Tomasz Novakowski of Poland spoke.",
        MentionKind.OTHER,
        Unlisted("Prime Minister Tomasz Novakowski", Role.PRIME_MINISTER, "POL"),
    ),
    (
        "someone",
        "Yesterday President Tomasz Novakowski spoke.",
        MentionKind.OTHER,
        Unlisted("President Tomasz Novakowski", Role.PRESIDENT, None),
    ),
    (
        "an-office",
        "Polish President Tomasz Novakowski spoke.",
        MentionKind.OFFICE,
        Unlisted("Polish President Tomasz Novakowski", Role.PRESIDENT, "POL"),
    ),
    (
        "a-listed-family-name",
        "South Korean Prime Minister Kim Minseok Park spoke.",
        MentionKind.OTHER,
        Unlisted("South Korean Prime Minister Kim Minseok Park", Role.PRIME_MINISTER, "KOR"),
    ),
]


@pytest.mark.parametrize(("text", "kind", "unlisted"), [r[1:] for r in UNLISTED], ids=[r[0] for r in UNLISTED])
def test_a_titled_name_the_knowledge_base_does_not_list_is_kept_to_say_so(
    gazetteer: Gazetteer, text: str, kind: MentionKind, unlisted: Unlisted
) -> None:
    [mention] = [m for m in read(gazetteer, text) if m.unlisted is not None]
    assert (mention.kind, mention.unlisted) == (kind, unlisted)
    assert not mention.leaders


@pytest.mark.parametrize(
    "text",
    ["Russian President Vladimir Putin spoke.", "President Putin spoke.", "Foreign Minister Anna Novak spoke."],
)
def test_listed_names_and_other_titles_keep_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert all(m.unlisted is None for m in read(gazetteer, text))


@pytest.mark.parametrize(("text", "leader", "country", "role"), [r[1:] for r in TITLED], ids=[r[0] for r in TITLED])
def test_titled_names(gazetteer: Gazetteer, text: str, leader: str, country: str | None, role: Role) -> None:
    [person] = of_kind(read(gazetteer, text), MentionKind.PERSON)
    assert person.leaders[0] == leader
    assert (person.country, person.role) == (country, role)
    assert person.explicit


#: (id, text, leader id, explicit): family names alone or after an honorific.
FAMILY_NAMES = [
    ("honorific", "Mr. Putin spoke.", "vladimir-putin", True),
    ("bare-distinctive", "Erdogan spoke.", "recep-tayyip-erdogan", True),
    ("title-and-family", "President Xi spoke.", "xi-jinping", True),
    ("common-family-name", "Moon spoke.", "moon-jae-in", False),
]


@pytest.mark.parametrize(
    ("text", "leader", "explicit"), [r[1:] for r in FAMILY_NAMES], ids=[r[0] for r in FAMILY_NAMES]
)
def test_family_names(gazetteer: Gazetteer, text: str, leader: str, explicit: bool) -> None:
    [person] = of_kind(read(gazetteer, text), MentionKind.PERSON)
    assert leader in person.leaders
    assert person.explicit is explicit


#: (id, text, day, leader id): a family name alone whose particle is written in lower case, mid-sentence.
PARTICLE_NAMES = [
    ("de", "Macmillan lunched with de Gaulle at Rambouillet.", dt.date(1962, 12, 15), "charles-de-gaulle"),
    ("de-klerk", "Thatcher later telephoned de Klerk.", dt.date(1990, 2, 11), "f-w-de-klerk"),
    ("van", "Schmidt flew to The Hague to see van Agt.", dt.date(1979, 6, 1), "dries-van-agt"),
]


@pytest.mark.parametrize(("text", "day", "leader"), [r[1:] for r in PARTICLE_NAMES], ids=[r[0] for r in PARTICLE_NAMES])
def test_a_family_name_with_a_lower_case_particle_is_the_leader(
    gazetteer: Gazetteer, text: str, day: dt.date, leader: str
) -> None:
    people = of_kind(read(gazetteer, text, day), MentionKind.PERSON)
    assert leader in [lid for p in people for lid in p.leaders]


def test_a_lower_case_particle_alone_names_no_one(gazetteer: Gazetteer) -> None:
    text = "The general is the de facto ruler of the la Plata region."
    assert not of_kind(read(gazetteer, text, dt.date(1962, 12, 15)), *LEADERS)


#: (id, text, leader id): a leader's given and family names around one or two middle names the data lacks.
MIDDLE_NAMES = [
    ("title-given-middle-family", "President Rodrigo Roa Duterte arrived in Beijing.", "rodrigo-duterte"),
    ("two-middle-names", "We welcome Yoweri Kaguta Museveni, who spoke first.", "yoweri-museveni"),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We welcome Yoweri K. Museveni, who spoke first.", "Yoweri K . Museveni"),
        ("Ruto and Cyril M. Ramaphosa arrived in Beijing.", "Cyril M . Ramaphosa"),
    ],
)
def test_a_middle_initial_is_inside_the_leaders_name(gazetteer: Gazetteer, text: str, name: str) -> None:
    persons = of_kind(read(gazetteer, text), MentionKind.PERSON)
    assert name in [p.text for p in persons]  # a mention's text joins its tokens with spaces


@pytest.mark.parametrize(("text", "leader"), [r[1:] for r in MIDDLE_NAMES], ids=[r[0] for r in MIDDLE_NAMES])
def test_a_name_written_with_middle_names_is_the_leader(gazetteer: Gazetteer, text: str, leader: str) -> None:
    [person] = of_kind(read(gazetteer, text), MentionKind.PERSON)
    assert (person.leaders, person.explicit) == ((leader,), True)


def test_another_given_name_before_a_middle_name_is_someone_else(gazetteer: Gazetteer) -> None:
    assert of_kind(read(gazetteer, "Sara Zimmerman Duterte spoke."), MentionKind.PERSON) == []


#: (id, text, leader ids it may mean, leader ids it may not): a title and one given name.
GIVEN_NAMES = [
    ("king-and-given-name", "King Abdullah spoke.", {"abdullah-ii-of-jordan", "abdullah-bin-abdulaziz"}, set()),
    (
        "president-honorific-given-name",
        "President Sheikh Mohamed spoke.",
        {"mohamed-bin-zayed-al-nahyan"},
        {"mohammed-bin-salman"},  # never a president
    ),
    ("prince-fits-a-crown-prince", "Prince Mohammed spoke.", {"mohammed-bin-salman"}, {"mohamed-morsi"}),
]


@pytest.mark.parametrize(("text", "may", "may_not"), [r[1:] for r in GIVEN_NAMES], ids=[r[0] for r in GIVEN_NAMES])
def test_a_title_and_a_given_name_are_the_leaders_of_that_name_and_office(
    gazetteer: Gazetteer, text: str, may: set[str], may_not: set[str]
) -> None:
    [person] = of_kind(read(gazetteer, text), MentionKind.PERSON)
    assert may <= set(person.leaders)
    assert not may_not & set(person.leaders)


def test_a_name_two_leaders_share_that_day_keeps_no_country(gazetteer: Gazetteer) -> None:
    [tied] = of_kind(read(gazetteer, "King Abdullah spoke.", dt.date(2012, 5, 10)), MentionKind.PERSON)
    assert tied.country is None  # Saudi Arabia's or Jordan's: the event's day and the text decide
    [one] = of_kind(read(gazetteer, "King Abdullah spoke.", dt.date(2019, 5, 10)), MentionKind.PERSON)
    assert one.country == "JOR"


def test_a_bracketed_gloss_after_a_title_leaves_the_name_its_own(gazetteer: Gazetteer) -> None:
    mentions = read(gazetteer, "May called Taoiseach (Irish Prime Minister) Enda Kenny.", dt.date(2017, 4, 18))
    [kenny] = [m for m in mentions if "enda-kenny" in m.leaders]
    assert (kenny.start, kenny.end, kenny.country) == (2, 10, "IRL")  # from "Taoiseach" to "Kenny"


def test_a_city_in_brackets_is_a_place(gazetteer: Gazetteer) -> None:
    [lima] = [m for m in read(gazetteer, "Abe is visiting Peru (Lima) this week.") if m.text == "Lima"]
    assert (lima.kind, lima.country) == (MentionKind.PLACE, "PER")


def test_bare_kim_is_ambiguous_until_introduced(gazetteer: Gazetteer) -> None:
    [person] = of_kind(read(gazetteer, "Kim said nothing."), MentionKind.PERSON)
    assert "kim-jong-un" in person.leaders and len(person.leaders) > 1
    assert not person.explicit


#: (id, text, [(country, role, plural)]): offices named by country, alone or coordinated.
OFFICES = [
    (
        "presidents-of-two",
        "The presidents of Turkey and Iran arrived.",
        [("TUR", Role.PRESIDENT, True), ("IRN", Role.PRESIDENT, True)],
    ),
    (
        "leaders-of-three",
        "The leaders of Russia, Turkey and Iran met.",
        [("RUS", None, True), ("TUR", None, True), ("IRN", None, True)],
    ),
    (
        "counterparts-from",
        "He hosted his counterparts from Turkey and Iran.",
        [("TUR", None, True), ("IRN", None, True)],
    ),
    (
        "leaders-from-countries-including",
        "The host greeted leaders from countries including Serbia, Japan and Chile.",
        [("SRB", None, True), ("JPN", None, True), ("CHL", None, True)],
    ),
    (
        "presidents-of-nations-including",
        "He met the presidents of nations including Chile and Peru.",
        [("CHL", Role.PRESIDENT, True), ("PER", Role.PRESIDENT, True)],
    ),
    ("possessive-office", "Turkey's president spoke.", [("TUR", Role.PRESIDENT, False)]),
    ("demonym-office", "The Turkish president spoke.", [("TUR", Role.PRESIDENT, False)]),
    ("prime-minister-of", "The prime minister of Japan spoke.", [("JPN", Role.PRIME_MINISTER, False)]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in OFFICES], ids=[r[0] for r in OFFICES])
def test_office_plus_country(gazetteer: Gazetteer, text: str, expected: list[tuple[str, Role | None, bool]]) -> None:
    offices = of_kind(read(gazetteer, text), MentionKind.OFFICE)
    assert [(m.country, m.role, m.plural) for m in offices] == expected


#: (id, text, day, [leader id, or country of an office left unnamed]): a list of offices of countries with the
#: holders' names in brackets (rules people.listed-office-names and people.bracketed-name).
BRACKETED_OFFICES = [
    (
        "two-named-and-a-bare-country",
        "Lula met the presidents of Kenya (William Ruto) and Ghana (Nana Akufo-Addo) and the prime minister of "
        "Ethiopia.",
        dt.date(2023, 8, 22),
        ["luiz-inacio-lula-da-silva", "william-ruto", "nana-akufo-addo", "ETH"],
    ),
    (
        "semicolons-honorifics-and-a-trailing-country",
        "Guests will include the prime ministers of Spain (Mr Pedro Sanchez); Portugal (Antonio Costa); and Greece.",
        dt.date(2022, 3, 1),
        ["pedro-sanchez", "antonio-costa", "GRC"],
    ),
    (  # the one named held no office of that country on the day: the office stands for its holder, beside him
        "named-out-of-office",
        "The presidents of Kenya (Uhuru Kenyatta) and Ghana will attend.",
        dt.date(2023, 8, 22),
        ["KEN", "uhuru-kenyatta", "GHA"],
    ),
    (  # a country that owns the name after it ends the list: the name says who
        "a-possessive-ends-the-list",
        "He met the presidents of Uganda (Yoweri Museveni) and Tanzania's Samia Suluhu Hassan.",
        dt.date(2023, 7, 1),
        ["yoweri-museveni", "samia-suluhu-hassan"],
    ),
    (  # a country before an official's title ends the list: the official is no leader of it
        "an-official-s-country-ends-the-list",
        "Luxon met the leaders of Tonga and Fiji, and US Secretary of State Antony Blinken.",
        dt.date(2024, 8, 28),
        ["christopher-luxon", "TON", "FJI"],
    ),
    (
        "an-official-s-country-ends-a-list-of-presidents",
        "Lula met the presidents of Peru and Chile and Chinese Foreign Minister Wang Yi.",
        dt.date(2024, 11, 15),
        ["luiz-inacio-lula-da-silva", "PER", "CHL"],
    ),
    (  # a city in brackets is no holder: the list ends as before
        "a-city-in-brackets",
        "He met the presidents of Peru (Lima) and Chile.",
        dt.date(2023, 8, 22),
        ["PER"],
    ),
]


def _who(mention: Mention) -> str:
    return mention.leaders[0] if mention.leaders else mention.country or ""


@pytest.mark.parametrize(
    ("text", "day", "expected"), [r[1:] for r in BRACKETED_OFFICES], ids=[r[0] for r in BRACKETED_OFFICES]
)
def test_a_list_of_offices_with_names_in_brackets(
    gazetteer: Gazetteer, text: str, day: dt.date, expected: list[str]
) -> None:
    found = of_kind(read(gazetteer, text, day), MentionKind.PERSON, MentionKind.OFFICE)
    assert [_who(m) for m in found] == expected


#: (id, text, country, relative): descriptions that stand for a leader of a country.
DESCRIPTIONS = [
    ("demonym-leader", "The Russian leader spoke.", "RUS", False),
    ("metonym-leader", "The Kremlin leader spoke.", "RUS", False),
    ("counterpart", "Putin phoned his Turkish counterpart.", "TUR", True),
    ("glossed-country", "Ruto phoned his Democratic Republic of the Congo (DRC) counterpart.", "COD", True),
]


@pytest.mark.parametrize(
    ("text", "country", "relative"), [r[1:] for r in DESCRIPTIONS], ids=[r[0] for r in DESCRIPTIONS]
)
def test_descriptions(gazetteer: Gazetteer, text: str, country: str, relative: bool) -> None:
    [office] = of_kind(read(gazetteer, text), MentionKind.OFFICE)
    assert office.country == country
    assert office.relative is relative


#: (id, text, country): the seat of government standing for its leader.
METONYMS = [
    ("white-house", "Erdogan called the White House.", "USA"),
    ("kremlin", "The Kremlin said the talks went well.", "RUS"),
]


@pytest.mark.parametrize(("text", "country"), [r[1:] for r in METONYMS], ids=[r[0] for r in METONYMS])
def test_metonyms(gazetteer: Gazetteer, text: str, country: str) -> None:
    [government] = of_kind(read(gazetteer, text), MentionKind.GOVERNMENT)
    assert government.country == country


@pytest.mark.parametrize("text", ["Trump announced talks with Moscow.", "Sweden failed, as Ankara requested more."])
def test_a_capital_that_is_no_place_stands_for_its_country_not_its_leader(gazetteer: Gazetteer, text: str) -> None:
    mentions = read(gazetteer, text)
    capitals = [m for m in mentions if m.text in ("Moscow", "Ankara")]
    assert [m.kind for m in capitals] == [MentionKind.COUNTRY]
    assert not capitals[0].is_leader


#: (id, text): named people who are not leaders.
DISTRACTORS = [
    ("foreign-minister", "Foreign Minister Sergey Lavrov met them."),
    ("foreign-minister-with-demonym", "Russian Foreign Minister Sergei Lavrov spoke."),
    ("reporter-named-kim", "Our reporter Lucian Kim was in Sochi."),
    ("correspondent-named-kim", "Correspondent Anna Kim said so."),
]


@pytest.mark.parametrize("text", [r[1] for r in DISTRACTORS], ids=[r[0] for r in DISTRACTORS])
def test_non_leaders_are_not_leader_mentions(gazetteer: Gazetteer, text: str) -> None:
    found = read(gazetteer, text)
    assert not of_kind(found, MentionKind.PERSON, MentionKind.OFFICE)
    assert of_kind(found, MentionKind.OTHER)


@pytest.mark.parametrize("text", ["The Trump-Kim summit failed.", "The Putin-Macron talks went on for hours."])
def test_two_hyphenated_family_names_are_two_leaders(gazetteer: Gazetteer, text: str) -> None:
    found = of_kind(read(gazetteer, text, dt.date(2019, 3, 1)), MentionKind.PERSON, MentionKind.OTHER)
    assert [m.kind for m in found] == [MentionKind.PERSON, MentionKind.PERSON]


def test_kim_yo_jong_is_not_a_leader(gazetteer: Gazetteer) -> None:
    assert [m.text for m in of_kind(read(gazetteer, "Kim Yo Jong spoke."), MentionKind.PERSON)] == []


#: (id, text, [(kind, city, country)]): places, a city with its country, and summits' organizations.
PLACES = [
    ("city", "They met in Moscow.", [(MentionKind.PLACE, "Moscow", "RUS")]),
    (
        "city-and-country",
        "They met in Da Nang, Vietnam.",
        [(MentionKind.PLACE, "Da Nang", "VNM"), (MentionKind.COUNTRY, None, "VNM")],
    ),
    ("country", "They met in Turkey.", [(MentionKind.COUNTRY, None, "TUR")]),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in PLACES], ids=[r[0] for r in PLACES])
def test_places(gazetteer: Gazetteer, text: str, expected: list[tuple[MentionKind, str | None, str]]) -> None:
    found = of_kind(read(gazetteer, text), MentionKind.PLACE, MentionKind.COUNTRY)
    assert [(m.kind, m.city, m.country) for m in found] == expected


#: (id, text, organization id)
ORGANIZATIONS = [
    ("acronym", "Xi met Putin at the SCO summit in Astana.", "SCO"),
    ("spelled-out", "Obama met Putin at the Group of 20 summit in Turkey.", "G20"),
    ("brics", "Modi flew to the BRICS summit in Kazan.", "BRICS"),
]


@pytest.mark.parametrize(("text", "organization"), [r[1:] for r in ORGANIZATIONS], ids=[r[0] for r in ORGANIZATIONS])
def test_organizations(gazetteer: Gazetteer, text: str, organization: str) -> None:
    [org] = of_kind(read(gazetteer, text), MentionKind.ORGANIZATION)
    assert org.organization == organization


def test_an_organization_is_named_only_from_its_founding(gazetteer: Gazetteer) -> None:
    text = "Bidault pressed for the European Political Community in Paris."
    assert not of_kind(read(gazetteer, text, dt.date(1953, 3, 12)), MentionKind.ORGANIZATION)  # the plan of 1952
    [org] = of_kind(read(gazetteer, text, dt.date(2023, 6, 1)), MentionKind.ORGANIZATION)
    assert org.organization == "EPC"
    [nato] = of_kind(read(gazetteer, "Eden flew to the NATO meeting.", dt.date(1957, 3, 12)), MentionKind.ORGANIZATION)
    assert nato.organization == "NATO"


#: (id, text, the group's words, organization id): an organization's leaders named as a group.
GROUPS = [
    ("org-leaders", "The Quad leaders met in Tokyo.", "The Quad leaders", "QUAD"),
    ("leaders-of-org", "Albanese hosted the leaders of the Quad.", "the leaders of the Quad", "QUAD"),
    ("heads-of-state", "BRICS heads of state gathered in Durban.", "BRICS heads of state", "BRICS"),
    ("possessive", "The G7's leaders agreed on sanctions.", "The G7 's leaders", "G7"),
    ("summit-name", "The fifth Quad Leaders' Summit was held in Hiroshima.", "Quad Leaders", "QUAD"),
    ("summit-name-singular", "Modi left for the Quad Leader's Summit.", "the Quad Leader", "QUAD"),
    ("heads-of-state-of-org", "The heads of state of the EAC met in Arusha.", "The heads of state of the EAC", "EAC"),
    (
        "heads-of-government-of-org",
        "Heads of government of the Pacific Islands Forum met online.",
        "Heads of government of the Pacific Islands Forum",
        "PIF",
    ),
    ("org-possessive-heads", "The Quad's heads of government spoke.", "The Quad 's heads of government", "QUAD"),
    # a name of its leaders' meeting ("Pacific Islands Forum Leaders Meeting") is no name of the organization
    ("leaders-meeting-name", "Pacific Islands Forum leaders met in Apia.", "Pacific Islands Forum leaders", "PIF"),
]


@pytest.mark.parametrize(("text", "words", "organization"), [r[1:] for r in GROUPS], ids=[r[0] for r in GROUPS])
def test_groups_of_an_organizations_leaders(gazetteer: Gazetteer, text: str, words: str, organization: str) -> None:
    [group] = of_kind(read(gazetteer, text), MentionKind.GROUP)
    assert (group.text, group.organization, group.plural, group.is_leader) == (words, organization, True, True)


#: (id, text): an organization and leaders, but not all its members' leaders as a group.
NOT_GROUPS = [
    ("other", "Other Quad leaders sent ministers."),
    ("fellow", "Orban defied fellow EU leaders."),
    ("list-follows", "Quad leaders, including Modi and Albanese, posed for a photo."),
    ("including", "A photo of Quad leaders including Modi was taken."),
    ("one-leader", "The G7 leader spoke first."),
    ("names-after", "Quad leaders Modi and Albanese met in Tokyo."),
    ("names-before", "Modi and Albanese, leaders of the Quad, met in Tokyo."),
]


@pytest.mark.parametrize("text", [r[1] for r in NOT_GROUPS], ids=[r[0] for r in NOT_GROUPS])
def test_part_of_a_group_is_no_group(gazetteer: Gazetteer, text: str) -> None:
    found = read(gazetteer, text)
    assert of_kind(found, MentionKind.GROUP) == []
    assert of_kind(found, MentionKind.ORGANIZATION)


def test_a_countrys_acronym_in_brackets_before_a_title(gazetteer: Gazetteer) -> None:
    found = read(gazetteer, "In Luanda, Ramaphosa saw his Democratic Republic of the Congo (DRC) counterpart.")
    [office] = of_kind(found, MentionKind.OFFICE)
    assert (office.country, office.text.endswith("counterpart")) == ("COD", True)


# -- pronouns and role-bound references --------------------------------------------


def test_he_is_the_subject_of_the_sentence_before(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Putin met Erdogan on Monday. He said the talks were useful.")
    [he] = of_kind(second, MentionKind.PRONOUN)
    assert antecedent_ids(he) == ["vladimir-putin"]


def test_they_are_the_leaders_of_the_sentence_before(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Putin met Erdogan on Monday. They will meet again in December.")
    [they] = of_kind(second, MentionKind.PRONOUN)
    assert they.plural
    assert antecedent_ids(they) == ["vladimir-putin", "recep-tayyip-erdogan"]


def test_the_two_leaders_are_the_latest_pair(gazetteer: Gazetteer) -> None:
    *_, last = paragraph(
        gazetteer,
        "Putin met Erdogan on Monday. Erdogan and Putin later joined Rouhani for a summit. The two men spoke again.",
    )
    [two] = of_kind(last, MentionKind.PRONOUN)
    assert antecedent_ids(two) == ["vladimir-putin", "recep-tayyip-erdogan"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Putin met Erdogan in Sochi on Monday. Erdogan also spoke to Mitsotakis by phone. On Tuesday Putin, "
            "Erdogan and Raisi gathered in Tehran. The two men later held a separate meeting on grain.",
            ["vladimir-putin", "recep-tayyip-erdogan"],
        ),
        (
            "Modi met Albanese in Sydney on Tuesday. Their talks ran long. Modi and Albanese then toured the harbour. "
            "Albanese called Hipkins in the evening. On Wednesday Modi, Albanese and Hipkins attended a dinner. "
            "The two leaders signed a migration pact there.",
            ["narendra-modi", "anthony-albanese"],
        ),
    ],
)
def test_the_two_after_a_sentence_naming_three_are_its_pair_named_most(
    gazetteer: Gazetteer, text: str, pair: list[str]
) -> None:
    """Two of the three just named, the two the text has named together most, not the pair named last elsewhere."""
    *_, last = paragraph(gazetteer, text)
    [two] = of_kind(last, MentionKind.PRONOUN)
    assert sorted(antecedent_ids(two)) == sorted(pair)


def test_a_leader_named_twice_in_a_sentence_is_one_of_a_pair(gazetteer: Gazetteer) -> None:
    text = (
        "Putin met Erdogan in May.\n\nScholz flew to Paris. On Monday he and Macron held talks; Scholz praised "
        "the food.\n\nThe two leaders met again in June."
    )
    linked = [m for sentence in paragraphs(gazetteer, text) for m in sentence]
    two = [m for m in of_kind(linked, MentionKind.PRONOUN) if m.text.lower().startswith("the two")]
    assert [antecedent_ids(m) for m in two] == [["olaf-scholz", "emmanuel-macron"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Putin met Erdogan.\n\nMacron flew to Doha and was received by Qatar's emir, Sheikh Tamim bin Hamad "
            "Al Thani, on Sunday. The two leaders discussed gas.",
            ["emmanuel-macron", "tamim-bin-hamad-al-thani"],
        ),
        (
            "Putin met Erdogan.\n\nScholz hosted the Polish president, Andrzej Duda, on Monday. "
            "The two leaders spoke of Ukraine.",
            ["olaf-scholz", "andrzej-duda"],
        ),
    ],
)
def test_an_office_and_the_name_in_apposition_are_one_of_the_two(
    gazetteer: Gazetteer, text: str, pair: list[str]
) -> None:
    linked = [m for sentence in paragraphs(gazetteer, text) for m in sentence]
    two = [m for m in of_kind(linked, MentionKind.PRONOUN) if m.text.lower().startswith("the two")]
    assert [antecedent_ids(m) for m in two] == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Erdogan. The text was signed by Foreign Minister Ana Varga and Foreign Minister Piet Olsen. "
        "The two leaders will meet again in May.",
        "Putin met Erdogan.\n\nForeign Minister Ana Varga and Foreign Minister Piet Olsen drafted it.\n\n"
        "The two presidents spoke on Friday.",
    ],
)
def test_the_two_leaders_are_no_pair_of_envoys(gazetteer: Gazetteer, text: str) -> None:
    linked = [m for sentence in paragraphs(gazetteer, text) for m in sentence]
    two = [m for m in of_kind(linked, MentionKind.PRONOUN) if m.text.lower().startswith("the two")]
    assert [antecedent_ids(m) for m in two] == [["vladimir-putin", "recep-tayyip-erdogan"]]


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Erdogan. Their foreign ministers then held their own meeting.",
        "Putin met Erdogan. Aides said they would meet again.",
    ],
)
def test_they_after_people_who_are_no_leaders_are_those_people(gazetteer: Gazetteer, text: str) -> None:
    _, second = paragraph(gazetteer, text)
    assert [antecedent_ids(m) for m in of_kind(second, MentionKind.PRONOUN)][-1] == []


def test_they_before_people_who_are_no_leaders_are_the_leaders(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Putin met Erdogan. They and their aides had lunch.")
    assert [antecedent_ids(m) for m in of_kind(second, MentionKind.PRONOUN)] == [
        ["vladimir-putin", "recep-tayyip-erdogan"],
        ["vladimir-putin", "recep-tayyip-erdogan"],
    ]


def test_a_person_and_his_pronoun_are_no_group(gazetteer: Gazetteer) -> None:
    *_, last = paragraph(gazetteer, "Putin met Erdogan. Putin said he was pleased. They will meet again.")
    [they] = of_kind(last, MentionKind.PRONOUN)
    assert antecedent_ids(they) == ["vladimir-putin", "recep-tayyip-erdogan"]


def test_a_seat_of_government_is_no_antecedent(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Putin met Erdogan. Moscow said he had been firm.")
    [he] = of_kind(second, MentionKind.PRONOUN)
    assert antecedent_ids(he) == ["vladimir-putin"]


def test_the_prime_minister_is_the_prime_minister_named_before(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Theresa May met Trump in Davos. The prime minister said they agreed.")
    [pm] = of_kind(second, MentionKind.PRONOUN)[:1]
    assert pm.role is Role.PRIME_MINISTER
    assert antecedent_ids(pm) == ["theresa-may"]


@pytest.mark.parametrize(
    "text",
    [
        "The President arrived in Paris on Monday. There he met President Emmanuel Macron of France. Later the "
        "President laid a wreath.",
        "The Prime Minister flew to Ottawa. She was received by Prime Minister Justin Trudeau of Canada. The Prime "
        "Minister then spoke to reporters.",
    ],
)
def test_a_bare_title_used_before_any_holder_is_no_foreign_holder_named_later(gazetteer: Gazetteer, text: str) -> None:
    """The first "the President" stands for the text's own leader, unnamed: the later one is that leader too, not the
    president the text names with another country ("President X of France")."""
    first, second, third = paragraph(gazetteer, text)
    [bare] = [m for m in third if m.role is not None and m.kind is MentionKind.PRONOUN]
    [pronoun] = [m for m in second if m.kind is MentionKind.PRONOUN]
    assert antecedent_ids(bare) == []
    assert [a.text for a in pronoun.antecedents] == [first[0].text]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Prime Minister Shinzo Abe met Donald Trump in Tokyo on Monday. Abe thanked Trump for his time. On "
            "Friday Trump spoke by phone with Prime Minister Justin Trudeau, his first talk with the Prime Minister "
            "since June.",
            "justin-trudeau",
        ),
        (
            "Putin met President Erdogan in Sochi. Erdogan praised Putin. Later Putin called President Ilham "
            "Aliyev, and the President promised to come to Moscow.",
            "ilham-aliyev",
        ),
    ],
)
def test_a_bare_title_is_the_holder_its_sentence_named_just_before(
    gazetteer: Gazetteer, text: str, holder: str
) -> None:
    """ "The Prime Minister" right after "Prime Minister X" in its sentence is X, not the one the text named most."""
    *_, last = paragraph(gazetteer, text)
    [bare] = [m for m in last if m.role is not None and m.kind is MentionKind.PRONOUN]
    assert antecedent_ids(bare) == [holder]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Theresa May arrived in Paris on Monday. During her stay, Emmanuel Macron hosted a dinner at the Elysee.",
            "theresa-may",
        ),
        (
            "Angela Merkel flew to Rome on Friday. On her arrival, Paolo Gentiloni welcomed the delegation.",
            "angela-merkel",
        ),
    ],
)
def test_an_opening_possessive_points_ahead_only_to_a_subject_of_its_gender(
    gazetteer: Gazetteer, text: str, owner: str
) -> None:
    """ "During her stay, X hosted ...": "her" is not X, a man; it goes back to the woman named before."""
    _, second = paragraph(gazetteer, text)
    [her] = of_kind(second, MentionKind.PRONOUN)
    assert antecedent_ids(her) == [owner]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Putin arrived in Pyongyang on Tuesday. He thanked his counterpart for the hospitality.", "PRK"),
        ("Xi Jinping welcomed Emmanuel Macron in Beijing. Xi thanked his counterpart for coming.", None),
        ("Modi flew to Tokyo. He met his counterpart, Shinzo Abe, on Monday.", None),
    ],
)
def test_a_bare_counterpart_of_a_guest_is_the_host(gazetteer: Gazetteer, text: str, country: str | None) -> None:
    """ "his counterpart" with no country is the leader of the country its owner visits; no one when its owner is
    of that country, or when a name beside it says who."""
    _, second = paragraph(gazetteer, text)
    offices = [m for m in second if m.kind is MentionKind.OFFICE]
    assert [m.country for m in offices] == ([country] if country else [])
    assert all(m.host and not m.relative for m in offices)


def test_a_counterpart_of_a_minister_is_no_leader(gazetteer: Gazetteer) -> None:
    [mentions] = paragraph(gazetteer, "Foreign Minister Sergey Lavrov met his Turkish counterpart.")
    assert not of_kind(mentions, MentionKind.OFFICE)


def test_him_is_not_the_subject_of_its_own_clause(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Erdogan arrived in Sochi on Wednesday. Putin met him on Thursday.")
    [him] = of_kind(second, MentionKind.PRONOUN)
    assert antecedent_ids(him) == ["recep-tayyip-erdogan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin called Erdogan to congratulate him.", "recep-tayyip-erdogan"),
        ("Putin, who met Erdogan in May, met him again in June.", "recep-tayyip-erdogan"),
        ("Putin welcomed Erdogan in Sochi and thanked him.", "recep-tayyip-erdogan"),
        ("Erdogan's office said Putin had called him.", "recep-tayyip-erdogan"),
        ("Putin on Monday called Erdogan to thank him.", "recep-tayyip-erdogan"),
        ("Putin hosted Erdogan, who thanked him.", "vladimir-putin"),
        ("Erdogan said Putin had invited him.", "recep-tayyip-erdogan"),
        ("Putin and Erdogan met; Putin thanked him.", "recep-tayyip-erdogan"),
    ],
)
def test_him_is_the_nearest_person_of_the_sentence_but_its_clause_subject(
    gazetteer: Gazetteer, text: str, expected: str
) -> None:
    [mentions] = paragraph(gazetteer, text)
    [him] = [m for m in of_kind(mentions, MentionKind.PRONOUN) if m.text.lower() == "him"]
    assert antecedent_ids(him) == [expected]


def test_him_with_only_its_clause_subject_before_looks_back_past_the_sentence(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Erdogan flew to Sochi. Putin welcomed him.")
    [him] = [m for m in of_kind(second, MentionKind.PRONOUN) if m.text.lower() == "him"]
    assert antecedent_ids(him) == ["recep-tayyip-erdogan"]


def test_the_latter_is_the_last_person_named(gazetteer: Gazetteer) -> None:
    _, second = paragraph(gazetteer, "Putin met Erdogan in Sochi. The latter said the talks went well.")
    [latter] = of_kind(second, MentionKind.PRONOUN)
    assert antecedent_ids(latter) == ["recep-tayyip-erdogan"]
    [mentions] = paragraph(gazetteer, "Putin met Erdogan, and the latter thanked him.")
    latter = next(m for m in of_kind(mentions, MentionKind.PRONOUN) if m.text.lower() == "the latter")
    assert antecedent_ids(latter) == ["recep-tayyip-erdogan"]


def test_opening_possessive_points_to_the_subject(gazetteer: Gazetteer) -> None:
    [mentions] = paragraph(gazetteer, "During his visit to Moscow, Erdogan met Putin.")
    his = of_kind(mentions, MentionKind.PRONOUN)[0]
    assert antecedent_ids(his) == ["recep-tayyip-erdogan"]


# -- who an office means on a day ----------------------------------------------------


def office(country: str, role: Role | None, kind: MentionKind = MentionKind.OFFICE) -> Mention:
    return Mention(kind=kind, start=0, end=1, text="the office", country=country, role=role)


#: (id, mention, day, leader id): office holders change with the date.
HOLDERS = [
    ("turkish-president-2017", office("TUR", Role.PRESIDENT), dt.date(2017, 11, 23), "recep-tayyip-erdogan"),
    ("turkish-president-2012", office("TUR", Role.PRESIDENT), dt.date(2012, 1, 1), "abdullah-gul"),
    ("us-president-2015", office("USA", Role.PRESIDENT), dt.date(2015, 1, 1), "barack-obama"),
    ("us-president-2017", office("USA", Role.PRESIDENT), dt.date(2017, 11, 1), "donald-trump"),
    ("white-house-2017", office("USA", None, MentionKind.GOVERNMENT), dt.date(2017, 11, 1), "donald-trump"),
    ("russian-leader-2010", office("RUS", None), dt.date(2010, 1, 1), "dmitry-medvedev"),
    ("british-pm-2017", office("GBR", Role.PRIME_MINISTER), dt.date(2017, 11, 1), "theresa-may"),
]


@pytest.mark.parametrize(("mention", "day", "leader"), [r[1:] for r in HOLDERS], ids=[r[0] for r in HOLDERS])
def test_holders_on_a_day(gazetteer: Gazetteer, mention: Mention, day: dt.date, leader: str) -> None:
    holders = gazetteer.holders(mention, day)
    assert holders and holders[0][0].id == leader


#: Names with terms that begin, end and follow one another (and a name two leaders may bear).
TERM_NAMES = [
    ("angela-merkel",),
    ("barack-obama",),
    ("donald-trump",),
    ("theresa-may",),
    ("abdullah-gul", "recep-tayyip-erdogan"),
]


@given(
    st.sampled_from(TERM_NAMES),
    st.sampled_from([None, Role.PRESIDENT, Role.PRIME_MINISTER, Role.CHANCELLOR]),
    st.lists(st.dates(dt.date(1995, 1, 1), dt.date(2026, 12, 31)), min_size=2, max_size=6),
)
def test_names_are_looked_up_by_term_as_by_day(
    leaders: tuple[str, ...], role: Role | None, days: list[dt.date]
) -> None:
    """The look-ups of a name are kept by where its day lies among the leaders' changes of office (``_terms``), not
    by the day: each day answers as a fresh look-up on that day does, whatever days were asked before."""
    gazetteer = Gazetteer.for_knowledge(default_knowledge())
    named = Mention(kind=MentionKind.PERSON, start=0, end=1, text="X", leaders=leaders, role=role)
    for day in days:
        assert list(gazetteer.holders(named, day)) == list(gazetteer._holders_uncached(named, day))
        assert gazetteer._with_office(named, day) == attrs.evolve(named, **_office_fields(gazetteer, named, day))


def _office_fields(gazetteer: Gazetteer, named: Mention, day: dt.date) -> dict[str, object]:
    role, country = gazetteer._office_of(named, day)
    return {"role": role, "country": country}


# -- properties ------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "Putin",
        "met",
        "his",
        "Turkish",
        "counterpart",
        "the",
        "presidents",
        "of",
        "Turkey",
        "and",
        "Iran",
        ",",
        "Mr.",
        "Kim",
        "reporter",
        "Foreign",
        "Minister",
        "Lavrov",
        "He",
        "they",
        "White",
        "House",
        "in",
        "Sochi",
        "Kremlin",
        "leader",
        "(",
        ")",
        "'s",
        "Monday",
        "May",
    ]
)


@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_mentions_are_ordered_spans_inside_the_sentence(gazetteer: Gazetteer, text: str) -> None:
    tokens = tokenize(text)
    found = gazetteer.mentions(tokens, DAY)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(tokens)
        assert mention.kind is not MentionKind.PERSON or mention.leaders
    for linked in link_pronouns([found]):
        for mention in linked:
            assert not mention.antecedents or mention.kind is MentionKind.PRONOUN


def test_a_titled_family_name_keeps_its_particles(gazetteer: Gazetteer) -> None:
    # "King Hamad Al Khalifa": the particle and dynasty do not make him someone else
    [king] = [m for m in gazetteer.mentions(tokenize("King Hamad Al Khalifa arrived.")) if m.is_leader]
    assert king.kind is MentionKind.PERSON


# -- names and titles of other eras (issue 15) --------------------------------------

#: (id, text, publication day, leader id, country, role): leaders of 1946-1999, by the names and titles of their time.
EARLIER_TITLED = [
    ("soviet-leader", "Soviet leader Leonid Brezhnev spoke.", dt.date(1972, 5, 23), "leonid-brezhnev", "SUN", None),
    (
        "first-secretary",
        "Polish First Secretary Edward Gierek spoke.",
        dt.date(1974, 10, 8),
        "edward-gierek",
        "POL",
        Role.GENERAL_SECRETARY,
    ),
    ("premier", "Soviet Premier Alexei Kosygin spoke.", dt.date(1967, 6, 23), "alexei-kosygin", "SUN", Role.PREMIER),
    ("yugoslav", "Yugoslav President Josip Broz Tito spoke.", dt.date(1971, 10, 27), "josip-broz-tito", "YUG", None),
    ("emperor", "Japanese Emperor Akihito spoke.", dt.date(1994, 6, 11), "akihito", "JPN", Role.EMPEROR),
    ("east-german", "East German leader Erich Honecker spoke.", dt.date(1987, 9, 7), "erich-honecker", "DDR", None),
    ("titled-alias-and-more", "Chairman Mao Zedong spoke.", dt.date(1972, 9, 27), "mao-zedong", "CHN", Role.CHAIRMAN),
]


@pytest.mark.parametrize(
    ("text", "day", "leader", "country", "role"),
    [r[1:] for r in EARLIER_TITLED],
    ids=[r[0] for r in EARLIER_TITLED],
)
def test_titled_names_of_earlier_eras(
    gazetteer: Gazetteer, text: str, day: dt.date, leader: str, country: str, role: Role | None
) -> None:
    [person] = of_kind(read(gazetteer, text, day), MentionKind.PERSON)
    assert person.leaders == (leader,)
    assert person.country == country
    assert role is None or person.role is role


def test_leaders_of_1946_1999_are_names_only_in_texts_of_their_time(gazetteer: Gazetteer) -> None:
    text = "Brezhnev spoke."
    assert of_kind(read(gazetteer, text, dt.date(1975, 1, 1)), MentionKind.PERSON)
    assert of_kind(read(gazetteer, text, dt.date(2017, 1, 1)), MentionKind.PERSON) == []


#: (id, text, day, kind, country): names that meant another country in another era.
ERA_NAMES = [
    ("kremlin-1972", "The Kremlin agreed.", dt.date(1972, 5, 1), MentionKind.GOVERNMENT, "SUN"),
    ("kremlin-2017", "The Kremlin agreed.", dt.date(2017, 5, 1), MentionKind.GOVERNMENT, "RUS"),
    ("moscow-1972", "They met in Moscow.", dt.date(1972, 5, 1), MentionKind.PLACE, "SUN"),
    ("yugoslavia-1985", "Yugoslavia agreed.", dt.date(1985, 1, 1), MentionKind.COUNTRY, "YUG"),
    ("yugoslavia-1995", "Yugoslavia agreed.", dt.date(1995, 1, 1), MentionKind.COUNTRY, "SRB"),
    ("west-german", "The West German chancellor agreed.", dt.date(1975, 1, 1), MentionKind.OFFICE, "DEU"),
    ("no-date-is-today", "The Kremlin agreed.", None, MentionKind.GOVERNMENT, "RUS"),
]


@pytest.mark.parametrize(("text", "day", "kind", "country"), [r[1:] for r in ERA_NAMES], ids=[r[0] for r in ERA_NAMES])
def test_names_of_an_era(gazetteer: Gazetteer, text: str, day: dt.date | None, kind: MentionKind, country: str) -> None:
    [mention] = of_kind(read(gazetteer, text, day), kind)
    assert mention.country == country


def test_a_place_of_another_era_is_no_place(gazetteer: Gazetteer) -> None:
    # Salisbury was Rhodesia's capital; today it is an English cathedral city the data does not list
    assert of_kind(read(gazetteer, "They met in Salisbury.", dt.date(1975, 1, 1)), MentionKind.PLACE)
    assert of_kind(read(gazetteer, "They met in Salisbury.", dt.date(2018, 3, 5)), MentionKind.PLACE) == []


@pytest.mark.parametrize("text", ["The Shah arrived.", "He met the Shah of Iran."])
def test_the_shah_is_irans(gazetteer: Gazetteer, text: str) -> None:
    # an office, or the person if the data lists "Shah of Iran" among his names
    [shah] = of_kind(read(gazetteer, text, dt.date(1975, 5, 15)), MentionKind.OFFICE, MentionKind.PERSON)
    assert (shah.country, shah.role) == ("IRN", Role.SHAH)


def test_a_family_name_that_is_a_pronoun_is_the_pronoun_alone(tmp_path: Path) -> None:
    """A premier called He (China had one in 1949): "He met ..." is still a pronoun, "Premier He" is him."""
    leader = {
        "id": "test-he",
        "name": "He Testname",
        "family": "He",
        "offices": [
            {"country": "TWN", "role": "premier", "head": "government", "start": "1949-03-12", "end": "1949-06-13"}
        ],
    }
    path = tmp_path / "he.json"
    path.write_text(json.dumps({"leaders": [leader]}), encoding="utf-8")
    gazetteer = Gazetteer(KnowledgeBase.load([path]))
    day = dt.date(1949, 5, 1)
    assert [m.kind for m in read(gazetteer, "He met the premier.", day)][:1] == [MentionKind.PRONOUN]
    [person] = of_kind(read(gazetteer, "Premier He spoke.", day), MentionKind.PERSON)
    assert "test-he" in person.leaders
    [person] = of_kind(read(gazetteer, "He Testname spoke.", day), MentionKind.PERSON)
    assert person.leaders == ("test-he",)


def test_the_prime_minister_of_a_country_with_a_premier(gazetteer: Gazetteer) -> None:
    """China's head of government is the premier; news also calls him its prime minister."""
    day = dt.date(2015, 6, 1)
    [office] = of_kind(read(gazetteer, "The Chinese prime minister arrived.", day), MentionKind.OFFICE)
    assert [leader.id for leader, _ in gazetteer.holders(office, day)] == ["li-keqiang"]
    [office] = of_kind(read(gazetteer, "The Soviet prime minister arrived.", dt.date(1967, 6, 23)), MentionKind.OFFICE)
    assert [leader.id for leader, _ in gazetteer.holders(office, dt.date(1967, 6, 23))] == ["alexei-kosygin"]


_WORDS = ["Putin", "Erdogan", "Macron", "Moscow", "Paris", "Turkey", "NATO", "in", "to", "with", "of", "and", ","]
_WORDS += ["met", "visited", "talks", "After", "At the invitation of", "then", "the president"]


@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_places_marked_oblique_when_made_are_marked_as_the_whole_sentence_would_be(words: list[str]) -> None:
    """Places are made oblique at once after a preposition (saving a copy); the flags are those of the full pass."""
    gazetteer = Gazetteer.for_knowledge(default_knowledge())
    tokens = tokenize(" ".join(words) + ".")
    found = gazetteer.mentions(tokens)
    unmarked = [_evolve(m, oblique=False) for m in found]
    assert [m.oblique for m in _mark_oblique(tokens, unmarked)] == [m.oblique for m in found]


@given(
    st.builds(
        Mention,
        kind=st.sampled_from(MentionKind),
        start=st.integers(0, 5),
        end=st.integers(0, 5),
        text=st.text(max_size=5),
        leaders=st.lists(st.sampled_from(["a", "b"]), max_size=2).map(tuple),
        role=st.none() | st.sampled_from(Role),
        oblique=st.booleans(),
    ),
    st.fixed_dictionaries({}, optional={"oblique": st.booleans(), "end": st.integers(0, 9), "country": st.none()}),
)
def test_a_mention_copied_with_changes_is_what_attrs_makes(mention: Mention, changes: dict[str, object]) -> None:
    assert _evolve(mention, **changes) == attrs.evolve(mention, **changes)


_GATED = ["him", "he", "She", "when", "Kremlin", "Moscow", "Minsk", "ministers", "their", "correspondent", "Jane"]
_GATED += ["Roe", "Putin", "met", "said", "in", "and", ",", "the", "Soviet", "leader", "called", "they"]


@given(st.lists(st.sampled_from(_GATED), max_size=12), st.sampled_from([None, dt.date(1975, 1, 1), DAY]))
def test_the_passes_a_sentence_skips_would_have_changed_nothing(words: list[str], day: dt.date | None) -> None:
    """The set tests that skip a pass are necessary conditions: the pass, run anyway, keeps what was found."""
    gazetteer = Gazetteer.for_knowledge(default_knowledge()).of_day(day)
    tokens = tokenize(" ".join(words) + ".")
    keys = [t.key for t in tokens]
    found = gazetteer.mentions(tokens, day)
    matches = list(gazetteer.matcher.find(tokens, _accept))
    if not matches:  # no name, title or pronoun: only officials
        assert all(m.kind is MentionKind.OTHER for m in found)
    if _ASKING.isdisjoint(keys):
        assert not any(_asks_subject(tokens, m) for m in found)
    if gazetteer._dated_firsts.isdisjoint(keys):
        assert gazetteer._in_era(tokens, matches, day or DAY) == matches


@given(
    st.sampled_from(list(MentionKind)),
    st.sampled_from([(), ("vladimir-putin",)]),
    st.sampled_from([None, Role.PRESIDENT]),
    st.booleans(),
)
def test_linking_skips_only_mentions_that_bind_no_office(
    kind: MentionKind, leaders: tuple[str, ...], role: Role | None, linked: bool
) -> None:
    # link_pronouns records a mention in the discourse only when it has a role or antecedents: the others change
    # nothing there
    antecedent = Mention(kind=MentionKind.PERSON, start=0, end=1, text="Putin", leaders=leaders, role=role)
    antecedents = (antecedent,) if linked else ()
    mention = Mention(kind=kind, start=2, end=3, text="he", leaders=leaders, role=role, antecedents=antecedents)
    discourse = Discourse()
    discourse.add_mention(mention)
    if role is None and not antecedents:
        assert discourse == Discourse()


# -- host words: "his host" is the leader of the country the visitor is said to be in ----------------------------------


def hosts(linked: list[list[Mention]]) -> list[tuple[str, str | None, Role | None]]:
    return [(m.text, m.country, m.role) for sentence in linked for m in sentence if m.host]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron arrived in Lagos on Tuesday. He and his host toured a market.", [("his host", "NGA", None)]),
        ("Scholz flew to Hanoi and held talks with his host at the palace.", [("his host", "VNM", None)]),
        (
            "Trudeau arrived in Beijing, where he was received by the host premier.",
            [("the host premier", "CHN", Role.PREMIER)],
        ),
        ("Modi held talks with their hosts in Tokyo.", [("their hosts", "JPN", None)]),  # the place after it
        (
            "Modi arrived in Japan on Sunday. On Tuesday he held talks with his host in Seoul.",
            [("his host", "KOR", None)],
        ),
        (
            "Modi arrived in Japan on Sunday. He held talks with his host on the situation in Myanmar.",
            [("his host", "JPN", None)],
        ),
    ],
    ids=[
        "possessive-after-an-arrival",
        "same-sentence-place",
        "host-with-a-title",
        "place-after-it",
        "place-after-it-over-the-trip-before",
        "a-topic-s-place-is-no-host-s",
    ],
)
def test_a_host_word_is_the_leader_of_the_country_the_visitor_is_in(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, Role | None]]
) -> None:
    assert hosts(paragraph(gazetteer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Macron held talks with his host on Sunday.",  # no place says which country
        "Macron arrived in Lagos on Tuesday. He thanked the host country for its welcome.",
        "Albanese arrived in Rio and thanked the host of the G20 summit.",
        "Albanese arrived in Rio and met the host on Monday.",  # a bare "the host": a summit's, a show's, a dinner's
        "Trump arrived in London. He gave an interview to his host, Piers Morgan.",
        "Duterte arrived in Beijing. Xi Jinping, his host, met him at the airport.",
    ],
    ids=["no-place", "host-country", "host-of-a-summit", "bare-the-host", "named-after-it", "named-before-it"],
)
def test_no_host_word_where_no_place_fixes_it_or_a_name_says_who(gazetteer: Gazetteer, text: str) -> None:
    assert hosts(paragraph(gazetteer, text)) == []


def test_the_possessive_of_a_host_named_in_apposition_is_no_person(gazetteer: Gazetteer) -> None:
    [_, second] = paragraph(gazetteer, "Abe arrived in Hanoi. His host, Nguyen Xuan Phuc, welcomed him.")
    assert [m.text for m in second] == ["Nguyen Xuan Phuc", "him"]
    assert second[0].subject and antecedent_ids(second[1]) == ["shinzo-abe"]


def test_the_two_presidents_of_a_visitor_alone_are_he_and_his_host(gazetteer: Gazetteer) -> None:
    [_, (pair, *_)] = paragraph(gazetteer, "Macron arrived in Ulaanbaatar. The two presidents held talks.")
    assert antecedent_ids(pair)[0] == "emmanuel-macron"
    assert [(m.country, m.host) for m in pair.antecedents[1:]] == [("MNG", True)]


def _inside_token_by_token(keys: list[str]) -> list[bool]:
    """Which tokens stand inside quotation marks, read one token at a time (what ``_inside_quotes`` answers)."""
    inside, open_now = [], False
    for key in keys:
        if key == "“" or (key == '"' and not open_now):
            open_now = True
            inside.append(False)
        elif key in ("”", '"'):
            open_now = False
            inside.append(False)
        else:
            inside.append(open_now)
    return inside


@given(st.lists(st.lists(st.sampled_from(["“", "”", '"', "he", "said", ",", "."]), max_size=12), max_size=4))
def test_the_quoted_tokens_of_a_paragraph_are_those_a_token_by_token_reading_finds(words: list[list[str]]) -> None:
    paragraph = [(tokenize(" ".join(sentence)), []) for sentence in words]
    keys = [t.key for tokens, _ in paragraph for t in tokens]
    assert mentions_module._inside_quotes(paragraph) == _inside_token_by_token(keys)


# -- near spellings: a titled name the data does not list, read as the office holder whose name it spells -------------

SPELLED_DAY = dt.date(2003, 9, 3)
NEAR_SPELLINGS = [
    ("an-apostrophe-inside-a-name", "Ayatollah Ali Khamene'i addressed the crowd.", "ali-khamenei"),
    ("a-vowel-changed-and-an-apostrophe", "Ayatollah Ali Khamin'i addressed the crowd.", "ali-khamenei"),
    ("a-letter-changed-with-the-country", "President Jacques Chirak of France spoke.", "jacques-chirac"),
    ("a-letter-changed-and-a-given-name", "President Hamid Karzay spoke.", "hamid-karzai"),
]


@pytest.mark.parametrize(("text", "leader"), [r[1:] for r in NEAR_SPELLINGS], ids=[r[0] for r in NEAR_SPELLINGS])
def test_a_titled_name_spelled_near_an_office_holders_is_that_leader(
    gazetteer: Gazetteer, text: str, leader: str
) -> None:
    [person] = of_kind(read(gazetteer, text, SPELLED_DAY), MentionKind.PERSON)
    assert (person.leaders, person.spelled) == ((leader,), True)


@pytest.mark.parametrize(
    ("text", "day", "leader"),
    [
        ("President Berdimuhamedov opened the gas forum.", dt.date(2021, 8, 9), "gurbanguly-berdimuhamedow"),
        ("President Mnangagwah opened the trade fair.", dt.date(2020, 5, 6), "emmerson-mnangagwa"),
    ],
)
def test_a_long_family_name_alone_with_a_title_is_read_by_its_spelling(
    gazetteer: Gazetteer, text: str, day: dt.date, leader: str
) -> None:
    """A long family name needs no country to be read as the office holder it spells: few leaders are that near."""
    [person] = of_kind(read(gazetteer, text, day), MentionKind.PERSON)
    assert (person.leaders, person.spelled) == ((leader,), True)


def test_a_near_spelled_name_takes_in_the_title_written_before_it(gazetteer: Gazetteer) -> None:
    """The mention of a name read through its spelling spans its long title, as that of a listed name does."""
    text = "He saw Iran's supreme leader Ayatollah Ali Khamin'i on Friday."
    [person] = of_kind(read(gazetteer, text, SPELLED_DAY), MentionKind.PERSON)
    assert person.text == "Iran 's supreme leader Ayatollah Ali Khamin'i"
    [plain] = of_kind(read(gazetteer, "He saw Ayatollah Ali Khamin'i on Friday.", SPELLED_DAY), MentionKind.PERSON)
    assert plain.text == "Ayatollah Ali Khamin'i"


@pytest.mark.parametrize(
    "text",
    [
        "President Pierre Chiraq spoke.",  # a given name that is not the leader's
        "President Chirak spoke.",  # a family name alone, and no country to fix the office
        "Prime Minister Tony Blare spoke.",  # a short name two letters off
        "Foreign Minister Jacques Chirak spoke.",  # no office the leader holds
    ],
)
def test_a_titled_name_too_far_from_any_office_holders_stays_unlisted(gazetteer: Gazetteer, text: str) -> None:
    assert not of_kind(read(gazetteer, text, SPELLED_DAY), MentionKind.PERSON)


@pytest.mark.parametrize(
    ("text", "leader", "country"),
    [
        ("Scholz welcomed to Germany President Emmanuel Macron on Monday.", "emmanuel-macron", "FRA"),
        ("Lula flew to Argentina, where Argentine President Alberto Fernandez met him.", "alberto-fernandez", "ARG"),
    ],
)
def test_a_country_before_a_title_gives_the_name_after_it_only_a_country_it_led(
    gazetteer: Gazetteer, text: str, leader: str, country: str
) -> None:
    """ "To Germany President Macron": the country is the journey's; the name's own office gives his."""
    found = of_kind(read(gazetteer, text, dt.date(2022, 3, 7)), MentionKind.PERSON)
    [person] = [m for m in found if leader in m.leaders]
    assert person.country == country


def test_island_is_no_name_of_iceland(gazetteer: Gazetteer) -> None:
    """ "Island" is Iceland's own name for itself, and an English word: "Pacific Island leaders" are no Icelanders."""
    found = read(gazetteer, "Biden met Pacific Island leaders in Port Moresby.", dt.date(2023, 5, 22))
    assert "ISL" not in {m.country for m in found}


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Putin met Mongolia's Prime Minister L.Oyun-Erdene in Ulaanbaatar.", "luvsannamsrain-oyun-erdene"),
        ("Putin met Prime Minister L. Oyun-Erdene in Ulaanbaatar.", "luvsannamsrain-oyun-erdene"),
    ],
)
def test_an_initial_between_a_title_and_a_family_name_is_the_name_s(
    gazetteer: Gazetteer, text: str, leader: str
) -> None:
    """A given name's initial, glued to the family name or not, keeps the title and the name one mention."""
    found = of_kind(read(gazetteer, text, dt.date(2024, 9, 2)), MentionKind.PERSON, MentionKind.OFFICE)
    assert [(m.leaders, m.start) for m in found] == [(("vladimir-putin",), 0), ((leader,), 2)]  # title and all


def test_an_official_s_name_runs_past_a_glued_initial_and_a_gloss(gazetteer: Gazetteer) -> None:
    """ "Speaker of the Great Khural (parliament) B.Tumurkhuyag" is one official, no leader."""
    text = "Putin met Speaker of the Great Khural (parliament) B.Tumurkhuyag on Tuesday."
    [other] = of_kind(read(gazetteer, text, dt.date(2024, 9, 2)), MentionKind.OTHER)
    assert other.text.endswith("Tumurkhuyag")
