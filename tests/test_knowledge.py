"""Tests of the knowledge base: the bundled data's consistency, then the look-ups.

The data tests are issue 3's quality bar. They run over every record
(exhaustive checks) and over random days (hypothesis), and cross-check the
leaders against the US Office of the Historian's list of foreign leaders'
visits (``tests/data/us-visits-2000-2029.tsv``). Where a test has to allow
for something that is not a data error, the allowance is listed below with
its reason; a stale allowance fails its own test.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
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

from diplomacy_events import default_knowledge
from diplomacy_events.errors import (
    KnowledgeBaseError,
    UnknownCountryError,
    UnknownLeaderError,
    UnknownOrganizationError,
)
from diplomacy_events.knowledge import KnowledgeBase, Vacancy
from diplomacy_events.model import Country, Head, Leader, Office, Role
from diplomacy_events.normalize import fold

FIRST_DAY = dt.date(2000, 1, 1)
LAST_DAY = dt.date(2026, 11, 23)
DATA = resources.files("diplomacy_events") / "data"
VISITS = Path(__file__).parent / "data" / "us-visits-2000-2029.tsv"

#: Sovereign states in countries.json that are not UN member states.
NOT_UN_MEMBERS = {
    "XKX": "Kosovo",
    "PSE": "Palestine (observer)",
    "TWN": "Taiwan",
    "VAT": "observer",
}

#: Offices that two people legitimately hold at once: (country, role) -> (from, reason).
SHARED_OFFICES: dict[tuple[str, Role], tuple[dt.date, str]] = {
    ("NIC", Role.PRESIDENT): (
        dt.date(2025, 2, 18),
        "Ortega and Murillo are co-presidents under the 2025 constitutional reform",
    ),
}

#: Misspellings in the reference file, corrected before the check: as written -> as meant.
#: Real spelling variants are aliases in the data instead (e.g. "Abdel Fattah Elsisi").
REFERENCE_MISSPELLINGS = {
    "Abdelaziz Boutefilka": "Abdelaziz Bouteflika",
    "Eduard Sheverdnadze": "Eduard Shevardnadze",
    "Vairi Vike-Freiburga": "Vaira Vike-Freiberga",
    "Enrique Bolonas": "Enrique Bolaños",
    "Olesegun Obsanjo": "Olusegun Obasanjo",
    "Olusegun Obsanjo": "Olusegun Obasanjo",
    "Fredrik Reingeldt": "Fredrik Reinfeldt",
    "Dilma Roussef": "Dilma Rousseff",
    "Asif Zadari": "Asif Zardari",
    "Otto Fernandez Perez": "Otto Pérez Molina",
    "Abdalla Alteni": "Abdullah al-Thinni",
    "Ibrahim Boubacar Kieta": "Ibrahim Boubacar Keïta",
    "Abdelfattah Said Elsisi": "Abdel Fattah Elsisi",
    "Abdel Fattah Said Alsisi": "Abdel Fattah Elsisi",
    "Petro Porochenko": "Petro Poroshenko",
    "Luiz Inacio Lula de Salva": "Luiz Inacio Lula da Silva",
}
REFERENCE_COUNTRY_MISSPELLINGS = {"Somoa": "Samoa"}

#: Titles the reference uses differently from the data, by country: (country, title) -> role.
TITLE_BY_COUNTRY = {
    # Spain's head of government is the "Presidente del Gobierno".
    ("ESP", Role.PRESIDENT): Role.PRIME_MINISTER,
}
#: Titles news uses for one another's offices.
SAME_OFFICE = {Role.PREMIER: Role.PRIME_MINISTER}

#: Reference rows that are not data errors: row id -> reason.
VISITS_ALLOWED = {
    "1566": "the reference shortens Durão Barroso's compound surname to 'Durao'",
    "1628": "the reference shortens Durão Barroso's compound surname to 'Durao'",
    "1676": "Pachachi held the Iraqi Governing Council's monthly rotating presidency (the data "
    "records the CPA period as a head-of-state vacancy)",
    "2730": "the reference drops the surname Fonseca of Jorge Carlos de Almeida Fonseca",
    "2936": "Salman bin Hamad was crown prince and deputy prime minister, not a head of state or government, in 2019",
    "2993": "Guaidó was recognised by the US as interim president but never held the office",
    "3051": "reference error: Nguyen Tan Dung left office in 2016 (row dated 2022-05-12)",
    "3086": "reference error: Choummaly Sayasone left office in 2016 (row dated 2022-05-12)",
    "3088": "reference error: Benigno Aquino III left office in 2016 (row dated 2022-05-12)",
    "3125": "al-Menfi chairs the Presidential Council; the data's role is 'chairman'",
    "3150": "Crown Prince Hussein of Jordan holds no head-of-state or government office",
}

_PREFIXES = ("interim", "acting", "transitional")
_SUFFIXES = {"jr", "sr", "ii", "iii", "3rd", "iv"}


# -- the raw data -------------------------------------------------------------------


def _leader_docs() -> Iterator[tuple[str, dict[str, Any]]]:
    for file in sorted((DATA / "leaders").iterdir(), key=lambda f: f.name):
        if file.name.endswith(".json"):
            yield file.name, json.loads(file.read_text(encoding="utf-8"))


@cache
def _raw_leaders() -> list[tuple[str, dict[str, Any]]]:
    return [(name, entry) for name, doc in _leader_docs() for entry in doc["leaders"]]


@cache
def _raw_vacancies() -> list[dict[str, Any]]:
    return [entry for _, doc in _leader_docs() for entry in doc.get("vacancies", [])]


@cache
def _countries_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    return doc


@cache
def _organizations_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "organizations.json").read_text(encoding="utf-8"))
    return doc


@cache
def _lexicon() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    return doc


def _un_members() -> list[str]:
    return [
        c["code"]
        for c in _countries_doc()["countries"]
        if c.get("type") == "sovereign" and c["code"] not in NOT_UN_MEMBERS
    ]


def _valid_code(code: str) -> bool:
    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


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
            assert _valid_code(office["country"]), where
            end = office.get("end")
            assert end is None or office["start"] <= end, where
            dt.date.fromisoformat(office["start"])


def test_every_country_code_is_valid() -> None:
    codes = [c["code"] for c in _countries_doc()["countries"]]
    assert len(codes) == len(set(codes))
    for entry in _countries_doc()["countries"]:
        assert _valid_code(entry["code"]), entry["code"]
        assert entry["type"] in {"sovereign", "territory"}, entry["code"]
        if entry["type"] == "territory":  # a sovereign, or a note on why there is none
            assert _valid_code(entry["sovereign"]) if "sovereign" in entry else entry["note"]
    for entry in _countries_doc()["ambiguous_demonyms"]:
        assert all(_valid_code(code) for code in entry["codes"]), entry
    for vacancy in _raw_vacancies():
        assert _valid_code(vacancy["country"]), vacancy
        assert vacancy["end"] is None or vacancy["start"] <= vacancy["end"], vacancy


def test_there_are_193_un_members() -> None:
    assert len(_un_members()) == 193


def test_organizations_use_valid_codes_and_dates() -> None:
    for org in _organizations_doc()["organizations"]:
        assert all(_valid_code(code) for code in org.get("members", []) if code != "EU"), org["id"]
        for summit in org.get("summits", []):
            assert summit.get("country") is None or _valid_code(summit["country"]), summit
            assert summit.get("end") is None or summit["start"] <= summit["end"], summit


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
            shared = SHARED_OFFICES.get((code, role))
            if start > end or handover or (shared and start >= shared[0]):
                continue
            overlaps.append(f"{code} {role.value}: {first.id} {a.start}..{a.end} / {second.id}")
    assert overlaps == []


def test_every_un_member_has_a_head_of_state_every_day() -> None:
    """The exhaustive form of the property below: terms and vacancies cover 2000-2026."""
    kb = default_knowledge()
    gaps = []
    for code in _un_members():
        spans = [(o.start, o.end or LAST_DAY) for _, o in kb.office_holders(code) if o.head in (Head.STATE, Head.BOTH)]
        spans += [(v.start, v.end or LAST_DAY) for v in kb.vacancies(code) if v.what == "head of state"]
        covered_to = FIRST_DAY - dt.timedelta(days=1)
        for start, end in sorted(spans):
            if start > covered_to + dt.timedelta(days=1) and start <= LAST_DAY:
                gaps.append((code, covered_to + dt.timedelta(days=1), start))
            covered_to = max(covered_to, end)
        if covered_to < LAST_DAY:
            gaps.append((code, covered_to + dt.timedelta(days=1), LAST_DAY))
    assert gaps == []


# -- properties over random days ------------------------------------------------------

days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


@given(day=days)
def test_one_holder_per_office_per_day(day: dt.date) -> None:
    for (code, role), terms in _terms().items():
        holders = [o for _, o in terms if o.held_on(day)]
        leaving = [o for o in holders if o.end == day]
        arriving = [o for o in holders if o.start == day]
        serving = len(holders) - (len(leaving) if arriving else 0)
        shared = SHARED_OFFICES.get((code, role))
        limit = 2 if shared and day >= shared[0] else 1
        assert serving <= limit, (code, role.value, day)


@given(day=days)
def test_every_un_member_has_a_head_of_state_on_a_random_day(day: dt.date) -> None:
    kb = default_knowledge()
    for code in _un_members():
        heads = [o for _, o in kb.office_holders(code, on=day) if o.head in (Head.STATE, Head.BOTH)]
        assert heads or _vacant(code, "head of state", day), (code, day)


@given(day=days)
def test_office_holders_on_a_day_are_in_office(day: dt.date) -> None:
    kb = default_knowledge()
    for leader, office in kb.office_holders("USA", on=day):
        assert office.held_on(day)
        assert office in leader.offices_on(day)


# -- the cross-check against the US visits list ----------------------------------------


def _titles() -> dict[str, Role]:
    return {fold(title): Role(role) for title, role in _lexicon()["titles"].items()}


def _visitors(text: str) -> Iterator[tuple[Role, list[str]]]:
    """The (title, folded name words) of each titled visitor in a 'visitor' cell."""
    titles = _titles()
    for part in re.split(r"\s+and\s+(?=[A-Z])", " ".join(text.split())):
        words = part.split()
        if words and fold(words[0]) in _PREFIXES:
            words = words[1:]
        for size in (2, 1):
            title = fold(" ".join(words[:size]))
            if title in titles and len(words) > size:
                name = " ".join(words[size:])
                name = REFERENCE_MISSPELLINGS.get(name, name)
                folded = fold(name.replace(",", " ").replace(".", " ")).split()
                yield titles[title], [w for w in folded if w not in _SUFFIXES]
                break


def _reference_country(name: str) -> str | None:
    """Map the reference's country names ('Korea, South', 'Congo (Zaire)') to a code."""
    name = REFERENCE_COUNTRY_MISSPELLINGS.get(name, name)
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    inverted = " ".join(part.strip() for part in reversed(name.split(",", 1)))
    for candidate in (name, inverted):
        found = default_knowledge().get_country(candidate)
        if found is not None:
            return found.code
    return None


def _names_match(leader: Leader, words: list[str]) -> bool:
    """The visitor's last word is the leader's family name or ends a known name.

    Also accepts the family name anywhere in the visitor's name, for family-first
    names ("Kim Dae-jung", "Lee Myung-bak").
    """
    family = fold(leader.family).split()
    if words[-1] == family[-1]:
        return True
    if any(fold(name).split()[-1] == words[-1] for name in (leader.name, *leader.aliases)):
        return True
    return any(words[i : i + len(family)] == family for i in range(len(words)))


def _visit_mismatches() -> dict[str, str]:
    kb = default_knowledge()
    mismatches: dict[str, str] = {}
    with VISITS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) > 1400
    for row in rows:
        day = dt.date.fromisoformat(row["start"])
        for title, words in _visitors(row["visitor"]):
            code = _reference_country(row["from"])
            assert code is not None, f"unknown country {row['from']!r} in row {row['id']}"
            if kb.country_info(code) is None or _country_type(code) != "sovereign":
                continue  # the knowledge base covers sovereign states only
            role = TITLE_BY_COUNTRY.get((code, title), title)
            role = SAME_OFFICE.get(role, role)
            holders = [
                leader
                for leader, office in kb.office_holders(code, on=day)
                if SAME_OFFICE.get(office.role, office.role) is role
            ]
            if not any(_names_match(leader, words) for leader in holders):
                found = ", ".join(leader.name for leader in holders) or "nobody"
                mismatches[row["id"]] = f"{day} {row['visitor']} ({code}): data has {found}"
    return mismatches


def _country_type(code: str) -> str:
    return next(str(c["type"]) for c in _countries_doc()["countries"] if c["code"] == code)


@pytest.fixture(scope="module")
def visit_mismatches() -> dict[str, str]:
    return _visit_mismatches()


def test_titled_visitors_match_the_office_holders(visit_mismatches: dict[str, str]) -> None:
    unexpected = {k: v for k, v in visit_mismatches.items() if k not in VISITS_ALLOWED}
    assert unexpected == {}


def test_the_visits_allow_list_is_not_stale(visit_mismatches: dict[str, str]) -> None:
    assert sorted(set(VISITS_ALLOWED) - set(visit_mismatches)) == []


def test_reference_visitor_parsing() -> None:
    found = list(_visitors("President Fatmir Sejdiu and Prime Minister Hashim Thaci"))
    assert found == [
        (Role.PRESIDENT, ["fatmir", "sejdiu"]),
        (Role.PRIME_MINISTER, ["hashim", "thaci"]),
    ]
    assert list(_visitors("Interim President Ghazi al-Yawer")) == [(Role.PRESIDENT, ["ghazi", "al", "yawer"])]
    assert next(_visitors("President Benigno S. Aquino, 3rd"))[1][-1] == "aquino"
    assert list(_visitors("Foreign Minister Sergei Lavrov")) == []
    assert _reference_country("Korea, South") == "KOR"
    assert _reference_country("Democratic Republic of the Congo (Zaire)") == "COD"


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
