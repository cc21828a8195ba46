"""Tests of the knowledge base: the bundled data's consistency, then the look-ups.

The data tests are issue 3's and issue 15's quality bar. They run over every
record (exhaustive checks) and over random days (hypothesis), and cross-check
the leaders against the US Office of the Historian's lists of foreign
leaders' visits (``tests/data/us-visits-*.tsv``, read by ``tests/visits.py``).
Where a test has to allow for something that is not a data error, the
allowance is listed below with its reason; a stale allowance fails its own
test.

The leaders of 1946-1999 come in regional files under ``leaders/1946-1999/``;
a country is *covered* for 1946-1999 once one of them lists it in its
``checked`` field, and the 1946-1999 checks apply to the covered countries.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import pickle
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

import visits
from diplomacy_events import default_knowledge
from diplomacy_events.errors import (
    KnowledgeBaseError,
    UnknownCountryError,
    UnknownLeaderError,
    UnknownMembershipError,
    UnknownOrganizationError,
)
from diplomacy_events.knowledge import MODERN_FROM, KnowledgeBase, Vacancy
from diplomacy_events.model import Country, Head, Leader, Office, Role
from diplomacy_events.normalize import fold

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2026, 11, 23)
ERA_FIRST_DAY = dt.date(1946, 1, 1)
ERA_LAST_DAY = MODERN_FROM - dt.timedelta(days=1)
DATA = resources.files("diplomacy_events") / "data"
ERA = "1946-1999"

#: Sovereign states in countries.json that are not UN member states.
NOT_UN_MEMBERS = {
    "XKX": "Kosovo",
    "PSE": "Palestine (observer)",
    "TWN": "Taiwan",
    "VAT": "observer",
}

#: Offices that two people legitimately hold at once: (country, role) -> (from, until, reason).
SHARED_OFFICES: dict[tuple[str, Role], tuple[dt.date, dt.date, str]] = {
    ("NIC", Role.PRESIDENT): (
        dt.date(2025, 2, 18),
        dt.date.max,
        "Ortega and Murillo are co-presidents under the 2025 constitutional reform",
    ),
    ("KHM", Role.PRIME_MINISTER): (
        dt.date(1993, 7, 2),
        dt.date(1998, 11, 30),
        "Cambodia had a first and a second prime minister from the 1993 elections until 1998",
    ),
    ("WSM", Role.LEADER): (
        dt.date(1962, 1, 1),
        dt.date(1963, 4, 5),
        "Western Samoa's two joint heads of state, Malietoa Tanumafili II and Tupua Tamasese Meaʻole",
    ),
    ("ESP", Role.PRIME_MINISTER): (
        dt.date(1938, 1, 30),
        dt.date(1939, 3, 5),
        "the civil war's two governments: Negrín's Republic and Franco's Nationalists",
    ),
    ("POL", Role.PRESIDENT): (
        dt.date(1944, 1, 1),
        dt.date(1945, 7, 5),
        "the London government in exile (Raczkiewicz) and the Soviet-backed National Council (Bierut)",
    ),
    ("FRA", Role.PRIME_MINISTER): (
        dt.date(1944, 6, 3),
        dt.date(1944, 8, 20),
        "Vichy's head of government Laval and de Gaulle's Provisional Government until Vichy's end",
    ),
}


def _shared(code: str, role: Role, day: dt.date) -> bool:
    """Whether two people may hold the office on ``day``."""
    shared = SHARED_OFFICES.get((code, role))
    return shared is not None and shared[0] <= day <= shared[1]


#: Former states whose successors did not take over the next day: code -> reason.
SUCCESSION_GAPS = {
    "RHO": "British rule returned (Governor Soames, 1979-12-12) until Zimbabwe's independence on 1980-04-18",
}

#: Leaders of 1946-1999 who share their name with a leader of the 2000- data of the same country: id -> who.
HOMONYMS = {
    "modibo-keita-1915": "Modibo Keïta, president of Mali 1960-1968, not the prime minister of 2002 and 2015",
    "bjarni-benediktsson-1908": "Bjarni Benediktsson, Icelandic prime minister 1963-1970, great-uncle of the later one",
    "samir-al-rifai-1901": "Samir al-Rifai, Jordanian prime minister of the 1940s-1960s, grandfather of the one of "
    "2009",
}

#: Reference rows of 2000-2029 that are not data errors: row id -> reason.
VISITS_ALLOWED = {
    "1566": "the reference shortens Durão Barroso's compound surname to 'Durao'",
    "1628": "the reference shortens Durão Barroso's compound surname to 'Durao'",
    "1676": "Pachachi held the Iraqi Governing Council's monthly rotating presidency (the data "
    "records the CPA period as a head-of-state vacancy)",
    "2730": "the reference drops the surname Fonseca of Jorge Carlos de Almeida Fonseca",
    "2936": "Salman bin Hamad was crown prince and deputy prime minister, not a head of state or government, in 2019",
    "2904": "Mohammed bin Salman was crown prince without a head-of-government office in 2018 (prime minister from "
    "2022-09-27)",
    "2993": "Guaidó was recognised by the US as interim president but never held the office",
    "3051": "reference error: Nguyen Tan Dung left office in 2016 (row dated 2022-05-12)",
    "3086": "reference error: Choummaly Sayasone left office in 2016 (row dated 2022-05-12)",
    "3088": "reference error: Benigno Aquino III left office in 2016 (row dated 2022-05-12)",
    "3125": "al-Menfi chairs the Presidential Council; the data's role is 'chairman'",
    "3150": "Crown Prince Hussein of Jordan holds no head-of-state or government office",
}

#: Reference rows of 1946-1999 that are not data errors: row id -> reason.
EARLIER_VISITS_ALLOWED = {
    "532": "Ershad ruled as Chief Martial Law Administrator (role leader) while Chowdhury was president; the reference "
    "calls his chairmanship of the council of ministers a presidency",
    "1043": "Shevardnadze was head of state as Chairman of Parliament (role chairman) until 1995-11-26; the reference "
    "calls him president",
    "2376": "the reference gives Sihanouk both titles ('Premier and Prince'); in 1958 he was prime minister, not a "
    "prince heading the state",
    "2410": "the reference gives Sihanouk both titles ('Premier & Prince'); in 1960 he was head of state, not premier",
    "143": "Peru's President of the Council of Ministers is not recorded, as in the 2000- data (the president governs)",
    "299": "reference error: Andreotti was prime minister, not president, of Italy in 1977",
    "427": "Viola visited as president-designate; he took office on 1981-03-29",
    "794": "reference error: Andreotti was prime minister, not president, of Italy in 1990",
    "1082": "Zedillo visited as president-elect; he took office on 1994-12-01",
    "1309": "reference error: the president of Guatemala was Arzú; Carlos Roberto Flores was Honduras's",
    "1313": "reference error: Lubbers had left office in 1994; Kok was prime minister in 1999",
    "1389": "Prodi was President of the European Commission in 1999, not Italy's prime minister",
    "2478": "the reference names Abdirashid Ali Shermarke by his given name alone, misspelt 'Abdirascid'",
    "2438": "Nyerere was prime minister of Tanganyika before its independence (1961-12-09)",
}


# -- the raw data -------------------------------------------------------------------


def _leader_docs() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every leaders file: the 2000- files by name, then the 1946-1999 ones as '1946-1999/<name>'."""
    for folder, prefix in ((DATA / "leaders", ""), (DATA / "leaders" / ERA, f"{ERA}/")):
        for file in sorted(folder.iterdir(), key=lambda f: f.name):
            if file.name.endswith(".json"):
                yield prefix + file.name, json.loads(file.read_text(encoding="utf-8"))


@cache
def _raw_leaders() -> list[tuple[str, dict[str, Any]]]:
    return [(name, entry) for name, doc in _leader_docs() for entry in doc["leaders"]]


@cache
def _raw_vacancies() -> list[dict[str, Any]]:
    return [entry for _, doc in _leader_docs() for entry in doc.get("vacancies", [])]


@cache
def _era_docs() -> dict[str, dict[str, Any]]:
    return {name: doc for name, doc in _leader_docs() if name.startswith(f"{ERA}/")}


@cache
def _covered() -> frozenset[str]:
    """The countries whose 1946-1999 leaders a 1946-1999 file says it holds."""
    return frozenset(code for doc in _era_docs().values() for code in doc["checked"])


@cache
def _countries_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    return doc


@cache
def _countries() -> dict[str, dict[str, Any]]:
    return {entry["code"]: entry for entry in _countries_doc()["countries"]}


@cache
def _organizations_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
    return doc


def _un_members() -> list[str]:
    return [
        c["code"]
        for c in _countries_doc()["countries"]
        if c.get("type") == "sovereign" and c["code"] not in NOT_UN_MEMBERS
    ]


def _valid_code(code: str) -> bool:
    """An ISO 3166-1 code, a former ISO 3166-3 code, or one of the two the project assigns (Kosovo, Zanzibar)."""
    return (
        code in ("XKX", "ZAN")
        or pycountry.countries.get(alpha_3=code) is not None
        or pycountry.historic_countries.get(alpha_3=code) is not None
    )


def _day(value: str | None, default: dt.date) -> dt.date:
    return dt.date.fromisoformat(value) if value else default


@cache
def _terms() -> dict[tuple[str, Role], list[tuple[Leader, Office]]]:
    """Every term of every office, by (country, role), sorted by start."""
    terms: dict[tuple[str, Role], list[tuple[Leader, Office]]] = defaultdict(list)
    for leader in default_knowledge():
        for office in leader.offices:
            terms[office.country.code, office.role].append((leader, office))
    for found in terms.values():
        found.sort(key=lambda t: t[1].start)
    return dict(terms)


def _vacant(code: str, what: str, day: dt.date) -> bool:
    return any(v.what == what and v.covers(day) for v in default_knowledge().vacancies(code))


def _head_of_state_gaps(code: str, first: dt.date, last: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The stretches from ``first`` to ``last`` on which ``code`` had no head of state and no recorded vacancy."""
    kb = default_knowledge()
    spans = [(o.start, o.end or last) for _, o in kb.office_holders(code) if o.head in (Head.STATE, Head.BOTH)]
    spans += [(v.start, v.end or last) for v in kb.vacancies(code) if v.what == "head of state"]
    gaps = []
    covered_to = first - dt.timedelta(days=1)
    for start, end in sorted(spans):
        if start > covered_to + dt.timedelta(days=1) and start <= last:
            gaps.append((code, covered_to + dt.timedelta(days=1), start))
        covered_to = max(covered_to, end)
    if covered_to < last:
        gaps.append((code, covered_to + dt.timedelta(days=1), last))
    return gaps


# -- consistency over the data ------------------------------------------------------


def test_the_data_files_load() -> None:
    kb = KnowledgeBase.load()
    assert len(kb) == len(_raw_leaders()) > 2000
    assert len(kb.countries()) == len(_countries_doc()["countries"])


def test_leader_ids_are_unique() -> None:
    seen: dict[str, str] = {}
    for file, entry in _raw_leaders():
        assert entry["id"] not in seen, f"{entry['id']} in {file} and {seen[entry['id']]}"
        seen[entry["id"]] = file


def test_every_office_uses_the_closed_enums_and_valid_dates() -> None:
    roles = {role.value for role in Role}
    heads = {head.value for head in Head}
    for file, entry in _raw_leaders():
        assert entry["offices"], f"{entry['id']} has no office"
        for office in entry["offices"]:
            where = f"{file}: {entry['id']} {office}"
            assert office["role"] in roles, where
            assert office["head"] in heads, where
            assert office["country"] in _countries(), where  # codes of states that existed, in their table
            end = office.get("end")
            assert end is None or office["start"] <= end, where
            dt.date.fromisoformat(office["start"])


def test_every_country_code_is_valid() -> None:
    codes = [c["code"] for c in _countries_doc()["countries"]]
    assert len(codes) == len(set(codes))
    for entry in _countries_doc()["countries"]:
        assert _valid_code(entry["code"]), entry["code"]
        assert entry["type"] in {"sovereign", "territory", "former"}, entry["code"]
        if entry["type"] == "territory":  # a sovereign, or a note on why there is none
            assert _valid_code(entry["sovereign"]) if "sovereign" in entry else entry["note"]
    for entry in _countries_doc()["ambiguous_demonyms"]:
        assert all(_valid_code(code) for code in entry["codes"]), entry
    for vacancy in _raw_vacancies():
        assert vacancy["country"] in _countries(), vacancy
        assert vacancy["end"] is None or vacancy["start"] <= vacancy["end"], vacancy


def test_states_that_no_longer_exist_have_their_dates_and_successors() -> None:
    former = [c for c in _countries_doc()["countries"] if c["type"] == "former"]
    assert {c["code"] for c in former} >= {"SUN", "YUG", "CSK", "DDR", "YMD", "VDR", "RHO"}
    for entry in former:
        assert entry["start"] < entry["end"], entry["code"]
        assert entry["successors"], entry["code"]
        for code in entry["successors"]:
            assert _countries()[code]["type"] in ("sovereign", "former"), (entry["code"], code)
    for entry in _countries_doc()["countries"]:
        if "formerly_in" in entry:
            assert entry["start"] and entry["formerly_in"] in _countries(), entry["code"]
        if entry["type"] != "former":
            assert "end" not in entry and "successors" not in entry, entry["code"]


def test_names_of_an_era_have_valid_dates() -> None:
    for entry in _countries_doc()["countries"]:
        for field in ("names", "demonyms", "metonyms", "cities"):
            for item in entry.get(field, []):
                if isinstance(item, dict):
                    assert set(item) <= {"text", "start", "end"} and item["text"], (entry["code"], item)
                    assert item.get("start", "0000") <= item.get("end", "9999"), (entry["code"], item)


def test_there_are_193_un_members() -> None:
    assert len(_un_members()) == 193


def test_organizations_use_valid_codes_and_dates() -> None:
    for org in _organizations_doc()["organizations"]:
        assert all(_valid_code(entry["country"]) for entry in _membership_entries(org)), org["id"]
        for summit in org.get("summits", []):
            assert summit.get("country") is None or _valid_code(summit["country"]), summit
            assert summit.get("end") is None or summit["start"] <= summit["end"], summit
            founded = org.get("founded")
            assert founded is None or founded <= (summit.get("end") or summit["start"]), (org["id"], summit)


_MEMBERSHIP_FIELDS = {"country", "from", "until", "suspended", "associate", "note"}


def _membership_entries(org: dict[str, Any]) -> list[dict[str, Any]]:
    """Every membership entry of an organization as an object (a bare code is a member throughout)."""
    entries = [{"country": e} if isinstance(e, str) else e for e in org.get("members", []) if e != "EU"]
    entries += org.get("former_members", []) + org.get("associate_members", [])
    return entries


def test_memberships_have_known_fields_ordered_dates_and_sources() -> None:
    for org in _organizations_doc()["organizations"]:
        assert org.get("founded"), org["id"]
        assert org.get("sources"), f"{org['id']}: say where the memberships come from"
        assert org.get("members_from") is None or org["founded"] < org["members_from"], org["id"]
        for entry in _membership_entries(org):
            assert set(entry) <= _MEMBERSHIP_FIELDS, (org["id"], entry)
            start, end = entry.get("from", "0000"), entry.get("until", "9999")
            assert start <= end, (org["id"], entry)
            assert start == "0000" or org["founded"] <= start, (org["id"], entry)
            for suspension in entry.get("suspended", []):
                assert set(suspension) <= {"from", "until", "note"}, (org["id"], entry)
                assert suspension["from"] <= suspension.get("until", "9999") <= end, (org["id"], entry)
        for entry in org.get("former_members", []):
            assert "until" in entry, (org["id"], entry)  # a former membership ended
        for entry in org.get("members", []):
            assert isinstance(entry, str) or "until" not in entry, (org["id"], entry)  # a current one did not


def test_memberships_lie_within_the_states_existence() -> None:
    kb = default_knowledge()
    for org in kb.organizations():
        first = org.members_from or org.founded
        for membership in org.memberships:
            info = kb.country_info(membership.country.code)
            assert info is not None, (org.id, membership.country)
            start = membership.start or first
            assert info.start is None or (start is not None and info.start <= start), (org.id, membership, info.start)
            if info.end is not None:
                assert membership.end is not None and membership.end <= info.end, (org.id, membership, info.end)


def test_no_country_is_a_member_twice_at_once() -> None:
    for org in default_knowledge().organizations():
        stints: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for m in org.memberships:
            stints[m.country.code].append((m.start or dt.date.min, m.end or dt.date.max))
        for code, spans in stints.items():
            spans.sort()
            for (_, end), (start, _) in itertools.pairwise(spans):
                assert end < start, (org.id, code, spans)


def test_todays_members_are_the_open_full_memberships() -> None:
    for org in default_knowledge().organizations():
        today = {c.code for c in org.members_on(dt.date.today(), suspended=True)}
        assert {c.code for c in org.members} == today, org.id
        assert len(org.members) == len(set(org.members)), org.id


@given(day=st.dates(min_value=dt.date(1946, 1, 1), max_value=LAST_DAY), number=st.integers(min_value=0))
def test_members_on_a_day_are_distinct_and_the_suspended_a_subset(day: dt.date, number: int) -> None:
    orgs = default_knowledge().organizations()
    org = orgs[number % len(orgs)]
    known = org.members_from or org.founded
    if known is not None and org.founded is not None and org.founded <= day < known:
        with pytest.raises(UnknownMembershipError):
            org.members_on(day)
        return
    present = org.members_on(day)
    everyone = org.members_on(day, suspended=True, associates=True)
    assert len(present) == len(set(present))
    assert set(present) <= set(everyone)
    assert all(any(m.country == c and m.covers(day) for m in org.memberships) for c in everyone)


def test_members_by_date() -> None:
    kb = default_knowledge()

    def codes(org: str, day: dt.date, **options: bool) -> set[str]:
        return {c.code for c in kb.members(org, on=day, **options)}

    assert codes("BRICS", dt.date(2023, 8, 22)) == {"BRA", "RUS", "IND", "CHN", "ZAF"}
    assert codes("BRICS", dt.date(2024, 10, 22)) == {"BRA", "RUS", "IND", "CHN", "ZAF", "EGY", "ETH", "IRN", "ARE"}
    assert "IDN" in codes("BRICS", dt.date(2025, 7, 6))
    assert "RUS" in codes("G8", dt.date(2013, 6, 17)) and "RUS" not in codes("G7", dt.date(2014, 6, 4))
    assert "RUS" in codes("G7", dt.date(2014, 6, 4), suspended=True)  # suspended, not yet gone
    assert "FIN" not in codes("NATO", dt.date(2023, 4, 3)) and "FIN" in codes("NATO", dt.date(2023, 4, 4))
    assert "GBR" in codes("EU", dt.date(2020, 1, 31)) and "GBR" not in codes("EU", dt.date(2020, 2, 1))
    assert "SYR" not in codes("Arab League", dt.date(2015, 3, 28))  # suspended 2011-2023
    assert "SYR" in codes("Arab League", dt.date(2023, 5, 19))
    assert "TKM" not in codes("CIS", dt.date(2010, 1, 1))
    assert "TKM" in codes("CIS", dt.date(2010, 1, 1), associates=True)
    assert codes("Quad", dt.date(2021, 3, 12)) == {"AUS", "IND", "JPN", "USA"}
    assert codes("Quad", dt.date(2010, 1, 1)) == set()  # before it was founded
    assert kb.organization("Mercosur").label == "Mercosur"
    assert "AFG" not in codes("SAARC", dt.date(2005, 11, 12)) and "AFG" in codes("SAARC", dt.date(2007, 4, 3))
    assert [(m.start, m.end) for m in kb.memberships("OPEC", "Indonesia")] == [
        (None, dt.date(2008, 12, 31)),
        (dt.date(2016, 1, 1), dt.date(2016, 11, 30)),
    ]


def test_members_before_the_lists_begin_raise() -> None:
    kb = default_knowledge()
    with pytest.raises(UnknownMembershipError) as raised:
        kb.members("OPEC", on=dt.date(1980, 1, 1))
    assert (raised.value.organization, raised.value.known_from) == ("OPEC", dt.date(1995, 1, 1))
    assert isinstance(raised.value, LookupError) and isinstance(raised.value, KnowledgeBaseError)
    with pytest.raises(UnknownOrganizationError):
        kb.members("League of Atlantis")


def test_every_name_and_alias_finds_its_leader() -> None:
    kb = default_knowledge()
    for leader in kb:
        for name in (leader.name, leader.family, *leader.aliases):
            assert leader in kb.leaders_named(name), (leader.id, name)


def test_no_two_terms_of_one_office_overlap() -> None:
    """Terms of one (country, role) may touch (a hand-over day) but not overlap."""
    overlaps = []
    for (code, role), terms in _terms().items():
        for (first, a), (second, b) in itertools.combinations(terms, 2):
            a_end, b_end = a.end or dt.date.max, b.end or dt.date.max
            start, end = max(a.start, b.start), min(a_end, b_end)
            handover = start == end and (a_end == b.start or b_end == a.start)
            if start > end or handover or (_shared(code, role, start) and _shared(code, role, end)):
                continue
            overlaps.append(f"{code} {role.value}: {first.id} {a.start}..{a.end} / {second.id}")
    assert overlaps == []


def test_every_un_member_has_a_head_of_state_every_day() -> None:
    """The exhaustive form of the property below: terms and vacancies cover 2000-2026."""
    gaps = [gap for code in _un_members() for gap in _head_of_state_gaps(code, FIRST_DAY, LAST_DAY)]
    assert gaps == []


# -- 1946-1999 and the seam with 2000 -------------------------------------------------


def test_the_1946_1999_files_are_regions_of_the_2000_files() -> None:
    modern = {name for name, _ in _leader_docs() if "/" not in name}
    for name, doc in _era_docs().items():
        assert name.removeprefix(f"{ERA}/") in modern, name
        assert doc["about"] and doc["checked"], name
        assert all(code in _countries() for code in doc["checked"]), name


def test_the_1946_1999_files_hold_only_leaders_gone_by_2000() -> None:
    """Whoever held an office after 2000-01-01 is in a 2000- file, with their whole career.

    A term may end on 2000-01-01 itself, the day its successor took over.
    """
    for file, entry in _raw_leaders():
        if file.startswith(f"{ERA}/"):
            late = [o for o in entry["offices"] if o.get("end") is None or o["end"] > MODERN_FROM.isoformat()]
            assert late == [], (file, entry["id"])


def _names_and_countries(entry: dict[str, Any]) -> set[tuple[str, str]]:
    return {(fold(entry["name"]), office["country"]) for office in entry["offices"]}


def test_nobody_is_in_both_eras_under_two_ids() -> None:
    """A leader of the 2000- files must not come back under another id in a 1946-1999 file."""
    modern = set().union(*(_names_and_countries(e) for f, e in _raw_leaders() if "/" not in f))
    twins = {
        e["id"]
        for f, e in _raw_leaders()
        if f.startswith(f"{ERA}/") and _names_and_countries(e) & modern and e["id"] not in HOMONYMS
    }
    assert twins == set()


def test_the_homonyms_are_not_stale() -> None:
    modern = set().union(*(_names_and_countries(e) for f, e in _raw_leaders() if "/" not in f))
    found = {e["id"] for f, e in _raw_leaders() if f.startswith(f"{ERA}/") and _names_and_countries(e) & modern}
    assert sorted(set(HOMONYMS) - found) == []


def test_every_term_lies_in_its_states_existence() -> None:
    """No term outlives its state; none lies wholly before it, unless the state was part of another then.

    A term that began before independence and ran into it (a colony's prime
    minister, a Soviet republic's president) keeps its real start.
    """
    outside = []
    for file, entry in _raw_leaders():
        for office in entry["offices"]:
            state = _countries()[office["country"]]
            start, end = office["start"], office.get("end") or "9999"
            if "end" in state and end > state["end"]:
                outside.append(f"{file}: {entry['id']} {office['country']} ends {end}, after {state['end']}")
            within = state.get("formerly_in")
            if (
                "start" in state
                and end < state["start"]
                and not (within and end >= _countries()[within].get("start", "0000"))
            ):
                outside.append(f"{file}: {entry['id']} {office['country']} {start}..{end}, before {state['start']}")
    assert outside == []


def test_every_covered_state_has_a_head_of_state_every_day_1946_1999() -> None:
    gaps = []
    for code in sorted(_covered()):
        state = _countries()[code]
        first = max(ERA_FIRST_DAY, _day(state.get("start"), ERA_FIRST_DAY))
        last = min(ERA_LAST_DAY, _day(state.get("end"), ERA_LAST_DAY))
        if first <= last:
            gaps += _head_of_state_gaps(code, first, last)
    assert gaps == []


def test_no_seam_at_2000() -> None:
    """Every covered state had a head of state on 1999-12-31 and on 2000-01-01."""
    kb = default_knowledge()
    states = [_countries()[code] for code in sorted(_covered())]
    continuing = [s["code"] for s in states if s["type"] == "sovereign" and s.get("start", "") < "2000"]
    missing = [
        (code, day)
        for code in continuing
        for day in (ERA_LAST_DAY, MODERN_FROM)
        if not any(o.head in (Head.STATE, Head.BOTH) for _, o in kb.office_holders(code, on=day))
        and not _vacant(code, "head of state", day)
    ]
    assert missing == []


def test_successor_states_take_over_the_day_after_their_predecessor_ends() -> None:
    kb = default_knowledge()
    late = []
    for entry in _countries_doc()["countries"]:
        if entry["type"] != "former" or entry["code"] in SUCCESSION_GAPS:
            continue
        next_day = dt.date.fromisoformat(entry["end"]) + dt.timedelta(days=1)
        for code in entry["successors"]:
            if code in _covered() and not (
                any(o.head in (Head.STATE, Head.BOTH) for _, o in kb.office_holders(code, on=next_day))
                or _vacant(code, "head of state", next_day)
            ):
                late.append((entry["code"], code, next_day))
    assert late == []


def test_the_succession_gaps_are_not_stale() -> None:
    assert set(SUCCESSION_GAPS) <= {c["code"] for c in _countries_doc()["countries"] if c["type"] == "former"}


def test_every_state_of_1946_1999_is_covered() -> None:
    existed = {
        c["code"]
        for c in _countries_doc()["countries"]
        if c["type"] in ("sovereign", "former")
        and c.get("start", "0000") <= ERA_LAST_DAY.isoformat()
        and c.get("end", "9999") >= ERA_FIRST_DAY.isoformat()
    }
    assert sorted(existed - _covered()) == []


def test_the_coverage_table_in_the_docs_is_current() -> None:
    """Regenerate with ``python docs/data/coverage.py`` when this fails."""
    path = Path(__file__).resolve().parents[1] / "docs" / "data" / "coverage.py"
    spec = importlib.util.spec_from_file_location("coverage_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.section() in module.PAGE.read_text(encoding="utf-8")


# -- properties over random days ------------------------------------------------------

days = st.dates(min_value=ERA_FIRST_DAY, max_value=LAST_DAY)


@given(day=days)
def test_one_holder_per_office_per_day(day: dt.date) -> None:
    for (code, role), terms in _terms().items():
        holders = [o for _, o in terms if o.held_on(day)]
        leaving = [o for o in holders if o.end == day]
        arriving = [o for o in holders if o.start == day]
        serving = len(holders) - (len(leaving) if arriving else 0)
        limit = 2 if _shared(code, role, day) else 1
        assert serving <= limit, (code, role.value, day)


@given(day=st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
def test_every_un_member_has_a_head_of_state_on_a_random_day(day: dt.date) -> None:
    kb = default_knowledge()
    for code in _un_members():
        heads = [o for _, o in kb.office_holders(code, on=day) if o.head in (Head.STATE, Head.BOTH)]
        assert heads or _vacant(code, "head of state", day), (code, day)


@given(day=days)
def test_office_holders_on_a_day_are_in_office(day: dt.date) -> None:
    kb = default_knowledge()
    for code in ("USA", "SUN", "RUS"):
        for leader, office in kb.office_holders(code, on=day):
            assert office.held_on(day)
            assert office in leader.offices_on(day)


# -- the cross-check against the US visits lists ---------------------------------------


@pytest.fixture(scope="module")
def visit_mismatches() -> dict[str, str]:
    return visits.mismatches(visits.VISITS)


@pytest.fixture(scope="module")
def earlier_visit_mismatches() -> dict[str, str]:
    return visits.mismatches(visits.EARLIER_VISITS, set(_covered()))


def test_titled_visitors_match_the_office_holders(visit_mismatches: dict[str, str]) -> None:
    unexpected = {k: v for k, v in visit_mismatches.items() if k not in VISITS_ALLOWED}
    assert unexpected == {}


def test_the_visits_allow_list_is_not_stale(visit_mismatches: dict[str, str]) -> None:
    assert sorted(set(VISITS_ALLOWED) - set(visit_mismatches)) == []


def test_titled_visitors_of_1946_1999_match_the_office_holders(earlier_visit_mismatches: dict[str, str]) -> None:
    """Of the covered countries; the rate over every country is checked below."""
    unexpected = {k: v for k, v in earlier_visit_mismatches.items() if k not in EARLIER_VISITS_ALLOWED}
    assert unexpected == {}


def test_the_1946_1999_visits_allow_list_is_not_stale(earlier_visit_mismatches: dict[str, str]) -> None:
    assert sorted(set(EARLIER_VISITS_ALLOWED) - set(earlier_visit_mismatches)) == []


def test_most_visitors_of_1946_1999_are_resolved() -> None:
    assert visits.rate(visits.check(visits.EARLIER_VISITS)) >= 0.97


def test_most_visitors_of_2000_2024_are_resolved() -> None:
    assert visits.rate(visits.check(visits.VISITS)) >= 0.98


def test_reference_visitor_parsing() -> None:
    found = list(visits.visitors("President Fatmir Sejdiu and Prime Minister Hashim Thaci"))
    assert found == [
        (Role.PRESIDENT, ["fatmir", "sejdiu"]),
        (Role.PRIME_MINISTER, ["hashim", "thaci"]),
    ]
    assert list(visits.visitors("Interim President Ghazi al-Yawer")) == [(Role.PRESIDENT, ["ghazi", "al", "yawer"])]
    assert next(visits.visitors("President Benigno S. Aquino, 3rd"))[1][-1] == "aquino"
    assert list(visits.visitors("Foreign Minister Sergei Lavrov")) == []
    assert list(visits.visitors("First Secretary Edward Gierek")) == [(Role.GENERAL_SECRETARY, ["edward", "gierek"])]
    assert visits.reference_country("Korea, South") == "KOR"
    assert visits.reference_country("Democratic Republic of the Congo (Zaire)") == "COD"
    assert visits.reference_country("U.S.S.R.") == "SUN"
    assert visits.reference_country("Yugoslavia", dt.date(1971, 10, 27)) == "YUG"
    assert visits.reference_country("Yugoslavia", dt.date(1995, 1, 1)) == "SRB"
    assert visits.reference_country("Germany, Federal Republic of", dt.date(1975, 1, 1)) == "DEU"
    assert visits.reference_country("Dahomey (Benin)") == "BEN"


# -- the look-up API -----------------------------------------------------------------

NOV_22_2017 = dt.date(2017, 11, 22)


def test_leaders_named_finds_erdogan() -> None:
    found = default_knowledge().leaders_named("Erdogan", on=NOV_22_2017)
    assert [leader.name for leader in found] == ["Recep Tayyip Erdogan"]
    assert default_knowledge().leaders_named("ERDOĞAN", on=NOV_22_2017) == found


def test_leaders_named_ranks_kim_jong_un_first() -> None:
    day = dt.date(2018, 6, 12)
    found = default_knowledge().leaders_named("Kim", on=day)
    assert found[0].name == "Kim Jong Un"
    assert len(found) > 1
    assert all(leader.offices_on(day) for leader in found)
    assert all(fold(leader.family) == "kim" for leader in found)


def test_leaders_named_without_a_day_returns_everyone_of_that_name() -> None:
    everyone = default_knowledge().leaders_named("Kim")
    assert {"Kim Jong Il", "Kim Jong Un", "Kim Dae-jung"} <= {leader.name for leader in everyone}


def test_office_holders() -> None:
    kb = default_knowledge()
    holders = kb.office_holders("TUR", "president", on=NOV_22_2017)
    assert [(leader.name, office.role) for leader, office in holders] == [("Recep Tayyip Erdogan", Role.PRESIDENT)]
    assert kb.office_holders("Turkey", Role.PRESIDENT, on=NOV_22_2017) == holders
    assert [leader.name for leader in kb.leading("DEU", on=NOV_22_2017)] == ["Angela Merkel"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syrian", "SYR"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("RUS", "RUS"),
        ("Downing Street", "GBR"),
    ],
)
def test_country(text: str, code: str) -> None:
    assert default_knowledge().country(text).code == code


def test_ambiguous_country_names_return_every_candidate() -> None:
    kb = default_knowledge()
    assert {c.code for c in kb.search_countries("Korean")} == {"KOR", "PRK"}
    assert [c.code for c in kb.search_countries("Korea")] == ["KOR", "PRK"]
    assert kb.country("Korea").code == "KOR"  # the most frequent meaning first
    assert {c.code for c in kb.search_countries("Virgin Islands")} == {"VGB", "VIR"}


def test_organizations_and_summits() -> None:
    kb = default_knowledge()
    assert kb.organization("Group of 20").id == "G20"
    assert kb.organization("the Group of Twenty").id == "G20"
    summits = kb.summits(organization="G20", year=2015)
    assert [s.place.city for s in summits if s.place] == ["Antalya"]
    assert all(s.date.start.year == 2015 for s in summits)
    assert [s.organization for s in kb.summits(on=dt.date(2015, 11, 15))].count("G20") == 1


def test_a_region_is_a_counted_group() -> None:
    kb = default_knowledge()
    region = kb.organization("Central American republics")
    assert region.counted and not kb.organization("Nordic countries").counted
    assert [c.code for c in region.members_on(dt.date(1987, 8, 7))] == ["GTM", "SLV", "HND", "NIC", "CRI"]
    assert [s.place.city for s in kb.summits(organization=region.id, year=1987) if s.place] == ["Guatemala City"]


def test_regional_groupings_by_date() -> None:
    kb = default_knowledge()

    def codes(org: str, day: str, **options: bool) -> set[str]:
        return {c.code for c in kb.members(org, on=dt.date.fromisoformat(day), **options)}

    # ECOWAS: suspended after coups, then gone on 29 January 2025; Guinea back in 2026
    assert {"MLI", "BFA", "NER", "GIN"} & codes("ECOWAS", "2021-03-01") == {"MLI", "BFA", "NER", "GIN"}
    assert not {"MLI", "BFA", "NER", "GIN"} & codes("ECOWAS", "2023-08-10")
    assert {"MLI", "BFA", "NER"} <= codes("Economic Community of West African States", "2025-01-28", suspended=True)
    assert not {"MLI", "BFA", "NER"} & codes("ECOWAS", "2025-01-29", suspended=True)
    assert "GIN" in codes("ECOWAS", "2026-03-01") and "GNB" not in codes("ECOWAS", "2026-03-01")
    # IGAD: Eritrea away 2007-2023 and gone in December 2025; Sudan's freeze 2024-2026
    assert "ERI" not in codes("IGAD", "2015-01-01") and "ERI" in codes("IGAD", "2023-06-12")
    assert "SDN" not in codes("IGAD", "2025-06-01") and "SDN" in codes("IGAD", "2026-03-01")
    assert "SSD" not in codes("IGAD", "2011-07-10") and "SSD" in codes("IGAD", "2011-11-24")
    # Visegrad: Czechoslovakia, then its two successors
    assert codes("Visegrad Group", "1992-06-01") == {"CSK", "HUN", "POL"}
    assert codes("V4", "1993-01-01") == {"CZE", "SVK", "HUN", "POL"}
    assert codes("Alliance of Sahel States", "2024-07-06") == {"MLI", "BFA", "NER"}
    assert codes("Andean Pact", "1975-01-01") == {"BOL", "CHL", "COL", "ECU", "PER", "VEN"}
    assert codes("Andean Community", "2010-01-01") == {"BOL", "COL", "ECU", "PER"}
    assert "BOL" not in codes("ALBA", "2020-06-01") and "BOL" in codes("ALBA", "2021-06-01")
    assert "HND" in codes("OAS", "2009-06-01") and "HND" not in codes("OAS", "2010-06-01")
    assert (
        "VEN" in codes("OAS", "2019-04-26")
        and "VEN" not in codes("OAS", "2019-04-27")
        and "CUB" not in codes("OAS", "2015-04-10")
    )
    assert len(codes("CARICOM", "2024-07-28")) == 15 and "VGB" in codes("CARICOM", "2024-07-28", associates=True)
    assert "GNQ" not in codes("CPLP", "2014-07-22") and "GNQ" in codes("CPLP", "2014-07-23")
    assert codes("BIMSTEC", "2018-08-30") == {"BGD", "BTN", "IND", "MMR", "NPL", "LKA", "THA"}
    assert codes("Baghdad Pact", "1955-11-21") == {"TUR", "IRQ", "GBR", "PAK", "IRN"}
    assert "IRQ" not in codes("CENTO", "1960-01-01")
    assert codes("Warsaw Pact", "1956-06-01") == {"SUN", "POL", "CSK", "HUN", "ROU", "BGR", "DDR", "ALB"}
    assert "ALB" not in codes("Warsaw Pact", "1965-01-20") and codes("Warsaw Pact", "1991-07-02") == set()
    assert kb.organization("Central Asian republics").counted


def test_unknown_names_raise_or_return_none() -> None:
    kb = default_knowledge()
    with pytest.raises(UnknownCountryError):
        kb.country("Atlantis")
    with pytest.raises(UnknownLeaderError):
        kb.leader("no-such-person")
    with pytest.raises(UnknownOrganizationError):
        kb.organization("League of Atlantis")
    with pytest.raises(UnknownCountryError):
        kb.office_holders("Atlantis")
    assert kb.get_country("Atlantis") is None
    assert kb.get_leader("no-such-person") is None
    assert kb.get_organization("League of Atlantis") is None
    assert kb.leaders_named("Zzyzx") == []
    assert kb.search_countries("Atlantis") == []
    # The errors share the library's root and are LookupErrors.
    assert issubclass(UnknownLeaderError, KnowledgeBaseError)
    assert issubclass(UnknownCountryError, LookupError)


def test_vacancies() -> None:
    kb = default_knowledge()
    lebanon = kb.vacancies("Lebanon", on=dt.date(2015, 6, 1))
    assert [(v.country.code, v.what) for v in lebanon] == [("LBN", "head of state")]
    assert kb.vacancies("LBN", on=dt.date(2020, 6, 1)) == []
    everything = kb.vacancies()
    assert len(everything) == len(_raw_vacancies())
    assert everything == sorted(everything, key=lambda v: (v.start, v.country.code, v.what))
    assert all(isinstance(v, Vacancy) for v in everything)


def test_office_look_ups_across_the_seam() -> None:
    kb = default_knowledge()
    presidents = [leader.name for leader, _ in kb.office_holders("RUS", "president")]
    assert {"Boris Yeltsin", "Vladimir Putin"} <= set(presidents)
    assert [leader.name for leader in kb.leaders_named("Yeltsin", on=dt.date(1995, 6, 1))] == ["Boris Yeltsin"]
    assert [leader.name for leader in kb.leading("Soviet Union", on=dt.date(1972, 5, 22))] == ["Leonid Brezhnev"]
    assert [leader.name for leader in kb.leading("USSR", on=dt.date(1991, 10, 1))] == ["Mikhail Gorbachev"]
    assert kb.leader("leonid-brezhnev").family == "Brezhnev"
    hand_over = [leader.name for leader, _ in kb.office_holders("RUS", "president", on=dt.date(1999, 12, 31))]
    assert hand_over == ["Boris Yeltsin", "Vladimir Putin"]  # the hand-over day: Putin is acting
    assert "Leonid Brezhnev" not in {leader.name for leader in kb.leaders(since=MODERN_FROM)}
    assert len(kb.leaders()) == len(kb) > len(kb.leaders(since=MODERN_FROM))


def test_the_leaders_of_1930_1945_join_their_later_terms() -> None:
    """The wartime leaders: one record per person, the terms before 1946 beside the later ones."""
    kb = default_knowledge()
    munich = dt.date(1938, 9, 29)
    assert [leader.name for leader in kb.leading("Germany", on=munich)] == ["Adolf Hitler"]
    assert [leader.name for leader in kb.leading("United Kingdom", on=munich)] == ["Neville Chamberlain"]
    assert [leader.name for leader in kb.leading("France", on=munich)] == ["Édouard Daladier"]
    assert [leader.name for leader in kb.leading("Italy", on=munich)] == ["Benito Mussolini"]
    yalta = dt.date(1945, 2, 4)
    assert [leader.name for leader in kb.leading("United States", on=yalta)] == ["Franklin D. Roosevelt"]
    assert [leader.name for leader in kb.leading("Soviet Union", on=yalta)] == ["Joseph Stalin"]
    churchill = kb.leader("winston-churchill")
    assert [(o.start.year, o.end.year if o.end else None) for o in churchill.offices] == [(1940, 1945), (1951, 1955)]
    assert [leader.name for leader in kb.leaders_named("Churchill", on=yalta)] == ["Winston Churchill"]
    assert [leader.name for leader in kb.leaders_named("Chiang", on=dt.date(1943, 11, 23))] == ["Chiang Kai-shek"]
    rivals = {leader.name for leader, _ in kb.office_holders("FRA", "prime minister", on=dt.date(1944, 7, 1))}
    assert rivals == {"Pierre Laval", "Charles de Gaulle"}  # Vichy and the Provisional Government
    assert [v.what for v in kb.vacancies("DEU", on=dt.date(1947, 1, 1))] == ["head of state", "leads"]


def test_the_earlier_leaders_are_read_on_first_need() -> None:
    calls = []
    brezhnev = default_knowledge().leader("leonid-brezhnev")

    def earlier() -> tuple[list[Leader], list[Vacancy]]:
        calls.append(1)
        return [brezhnev], []

    putin = default_knowledge().leader("vladimir-putin")
    kb = KnowledgeBase([putin], default_knowledge().countries(), [], earlier=earlier)
    assert [leader.id for leader in kb.leaders_named("Putin", on=dt.date(2017, 1, 1))] == ["vladimir-putin"]
    assert kb.office_holders("RUS", on=dt.date(2017, 1, 1))
    assert calls == []  # days from 2000 on need only the 2000- data
    assert [leader.id for leader in kb.leading("SUN", on=dt.date(1972, 5, 22))] == ["leonid-brezhnev"]
    assert [leader.id for leader in kb] == ["vladimir-putin", "leonid-brezhnev"]
    assert calls == [1]  # read once


def test_a_knowledge_base_pickles_before_and_after_reading_the_earlier_leaders() -> None:
    """Worker processes get their knowledge base pickled (``parse_many``)."""
    kb = KnowledgeBase.load()
    day = dt.date(1972, 5, 22)
    fresh = pickle.loads(pickle.dumps(kb))
    assert [leader.name for leader in fresh.leading("SUN", on=day)] == ["Leonid Brezhnev"]
    again = pickle.loads(pickle.dumps(fresh))
    assert len(again) == len(fresh) == len(kb)


def test_an_id_of_both_eras_is_an_error_when_the_earlier_leaders_are_read() -> None:
    putin = default_knowledge().leader("vladimir-putin")
    kb = KnowledgeBase([putin], default_knowledge().countries(), [], earlier=lambda: ([putin], []))
    with pytest.raises(KnowledgeBaseError, match="vladimir-putin"):
        kb.leaders_named("Putin")


@pytest.mark.parametrize(
    ("text", "day", "codes"),
    [
        ("the Kremlin", dt.date(1972, 5, 22), ["SUN", "RUS"]),
        ("the Kremlin", dt.date(2017, 1, 1), ["RUS"]),
        ("the Kremlin", None, ["RUS", "SUN"]),
        ("Yugoslavia", dt.date(1971, 10, 27), ["YUG"]),
        ("Yugoslavia", dt.date(1995, 1, 1), ["SRB"]),
        ("Yugoslav", dt.date(1995, 1, 1), ["SRB", "YUG"]),
        ("Russian", dt.date(1975, 1, 1), ["SUN", "RUS"]),
        ("Russian", dt.date(1991, 9, 1), ["RUS"]),
        ("Soviet", dt.date(2017, 1, 1), ["SUN"]),
        ("West German", dt.date(1975, 1, 1), ["DEU"]),
        ("East German", dt.date(1975, 1, 1), ["DDR"]),
        ("Zaire", dt.date(1975, 1, 1), ["COD"]),
        ("Dahomey", None, ["BEN"]),
        ("South Yemen", dt.date(1980, 1, 1), ["YMD", "YEM"]),
        ("Zanzibar", dt.date(1964, 2, 1), ["ZAN", "TZA"]),
        ("Zanzibar", dt.date(1990, 1, 1), ["TZA"]),
    ],
)
def test_names_of_their_time(text: str, day: dt.date | None, codes: list[str]) -> None:
    assert [c.code for c in default_knowledge().search_countries(text, on=day)] == codes


def test_states_that_no_longer_exist() -> None:
    kb = default_knowledge()
    soviet = kb.country_info("SUN")
    assert soviet is not None and soviet.former and soviet.name == "Soviet Union"
    assert (soviet.start, soviet.end) == (dt.date(1922, 12, 30), dt.date(1991, 12, 26))
    assert Country(code="RUS") in soviet.successors
    ukraine = kb.country_info("UKR")
    assert ukraine is not None and not ukraine.former
    assert (ukraine.start, ukraine.formerly_in) == (dt.date(1991, 8, 24), Country(code="SUN"))
    assert Country(code="YUG").name == "Yugoslavia"
    assert Country(code="ZAN").name == "Zanzibar"


# -- extra data files -----------------------------------------------------------------


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_extra_leader_and_country_files(tmp_path: Path) -> None:
    governor = {
        "id": "test-governor",
        "name": "Ada Testerova",
        "family": "Testerova",
        "aliases": ["Governor Testerova"],
        "offices": [{"country": "RUS", "role": "leader", "head": "government", "start": "2020-01-01"}],
    }
    leaders = _write(
        tmp_path / "governors.json",
        {
            "leaders": [governor],
            "vacancies": [{"country": "RUS", "what": "leads", "start": "1999-12-31", "end": "1999-12-31"}],
        },
    )
    countries = _write(
        tmp_path / "places.json",
        {"countries": [{"code": "RUS", "name": "Russia", "cities": ["Testograd"]}]},
    )
    kb = KnowledgeBase.load([str(leaders)], extra_country_files=[countries])
    assert len(kb) == len(default_knowledge()) + 1
    assert [leader.id for leader in kb.leaders_named("Testerova", on=dt.date(2024, 1, 1))] == ["test-governor"]
    assert kb.country("Testograd").code == "RUS"
    assert kb.country("the Kremlin").code == "RUS"  # the bundled names are kept
    assert len(kb.vacancies("RUS")) == len(default_knowledge().vacancies("RUS")) + 1
    assert [leader.name for leader in kb.leading("RUS", on=dt.date(2024, 1, 1))] == ["Vladimir Putin"]


def test_extra_country_files_may_date_names(tmp_path: Path) -> None:
    places = _write(
        tmp_path / "places.json",
        {"countries": [{"code": "RUS", "name": "Russia", "names": [{"text": "Muscovy", "end": "1721-11-02"}]}]},
    )
    kb = KnowledgeBase.load(extra_country_files=[places])
    assert kb.get_country("Muscovy", on=dt.date(1700, 1, 1)) == Country(code="RUS")
    assert kb.get_country("Muscovy", on=dt.date(2017, 1, 1)) is None
    broken = _write(tmp_path / "broken.json", {"countries": [{"code": "RUS", "name": "Russia", "names": [{"end": 1}]}]})
    with pytest.raises(KnowledgeBaseError, match=r"broken\.json"):
        KnowledgeBase.load(extra_country_files=[broken])


def test_only_the_bundled_country_codes_skip_pycountry(tmp_path: Path) -> None:
    # loading trusts the bundled table (test_every_country_code_is_valid checks it), not a file of yours
    made_up = _write(tmp_path / "made_up.json", {"countries": [{"code": "QQQ", "name": "Qland"}]})
    with pytest.raises(KnowledgeBaseError, match=r"made_up\.json.*QQQ"):
        KnowledgeBase.load(extra_country_files=[made_up])
    with pytest.raises(UnknownCountryError):
        Country(code="QQQ")


def test_malformed_extra_files_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"broken\.json"):
        KnowledgeBase.load([broken])
    wrong = _write(tmp_path / "wrong.json", {"leaders": [{"id": "x"}]})
    with pytest.raises(KnowledgeBaseError, match=r"wrong\.json"):
        KnowledgeBase.load([wrong])
    duplicate = _write(
        tmp_path / "dup.json",
        {"leaders": [{"id": "vladimir-putin", "name": "V", "family": "V", "offices": []}]},
    )
    with pytest.raises(KnowledgeBaseError, match="vladimir-putin"):
        KnowledgeBase.load([duplicate])


def test_extra_conference_files_add_one_off_summits(tmp_path: Path) -> None:
    extra = _write(
        tmp_path / "summits.json",
        {
            "conferences": [
                {
                    "name": "Lake Ohrid summit",
                    "names": ["Lake Ohrid"],
                    "city": "Ohrid",
                    "country": "MKD",
                    "start": "2019-06-14",
                    "end": "2019-06-15",
                    "countries": ["MKD", "GRC", "ALB"],
                }
            ]
        },
    )
    kb = KnowledgeBase.load(extra_conference_files=[extra])
    assert [c.name for c in kb.conferences("lake ohrid")] == ["Lake Ohrid summit"]
    assert len(kb.conferences()) == len(default_knowledge().conferences()) + 1
    assert [c.date.start for c in kb.conferences()] == sorted(c.date.start for c in kb.conferences())
    assert "lake ohrid" in kb.conference_places(dt.date(2020, 1, 1))
    assert "lake ohrid" not in kb.conference_places(dt.date(2019, 1, 1))
    assert default_knowledge().conferences("lake ohrid") == []  # the shared knowledge base is untouched


def test_a_knowledge_base_built_with_no_conferences_has_none() -> None:
    kb = KnowledgeBase([], [], [], conferences=())
    assert kb.conferences() == [] and kb.latest_conference("Geneva", dt.date(2020, 1, 1)) is None


def test_a_malformed_conference_file_is_named(tmp_path: Path) -> None:
    wrong = _write(tmp_path / "wrong-summits.json", {"conferences": [{"name": "No date"}]})
    with pytest.raises(KnowledgeBaseError, match=r"wrong-summits\.json"):
        KnowledgeBase.load(extra_conference_files=[wrong])


def test_the_women_leaders_are_marked() -> None:
    knowledge = default_knowledge()
    assert knowledge.leader("angela-merkel").female and knowledge.leader("golda-meir").female
    assert knowledge.leader("sanae-takaichi").female  # Japan's prime minister since October 2025
    assert not knowledge.leader("vladimir-putin").female
    assert sum(leader.female for leader in knowledge) >= 150


def test_one_off_summits_are_dated_records_of_real_states() -> None:
    doc = json.loads((DATA / "conferences.json").read_text(encoding="utf-8"))
    starts = [dt.date.fromisoformat(entry["start"]) for entry in doc["conferences"]]
    assert starts == sorted(starts)  # in date order
    for entry in doc["conferences"]:
        assert dt.date(1930, 1, 1) <= dt.date.fromisoformat(entry["start"]) <= dt.date.fromisoformat(entry["end"])
        assert entry["names"] and len(set(entry["countries"])) == len(entry["countries"]) >= 2
        assert all(_valid_code(code) for code in [entry["country"], *entry["countries"]])


def test_one_off_summits_are_found_by_the_place_that_names_them() -> None:
    kb = default_knowledge()
    assert [c.date.start.year for c in kb.conferences("camp david")] == [1959, 1978, 2000]
    assert [c.name for c in kb.conferences("Shimla")] == ["Simla summit"]
    assert kb.conferences("Brussels") == []
    assert len(kb.conferences()) == len(json.loads((DATA / "conferences.json").read_text())["conferences"])
