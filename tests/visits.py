"""The office-holder check against the US Office of the Historian's visits lists, shared by the tests.

Each row of ``tests/data/us-visits-*.tsv`` names a visitor as the State
Department wrote it ("President Fatmir Sejdiu", "Prime Minister Chifley"),
the country and the first day of the visit. A row is *resolved* when the
knowledge base has, in that country on that day, a holder of the visitor's
office whose family name matches the visitor's last word (or a known name
ends with it).

Run it to see how far the knowledge base resolves the 1946-1999 list, decade
by decade (the lead's progress report while the regional files arrive)::

    PYTHONPATH=src python tests/visits.py [tests/data/us-visits-1946-1999.tsv]
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from diplomacy_events import default_knowledge
from diplomacy_events.model import Leader, Role
from diplomacy_events.normalize import fold

HERE = Path(__file__).parent / "data"
VISITS = HERE / "us-visits-2000-2029.tsv"
EARLIER_VISITS = HERE / "us-visits-1946-1999.tsv"
DATA = resources.files("diplomacy_events") / "data"

#: Misspellings in the reference files, corrected before the check: as written -> as meant.
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
    # 1946-1999
    "Lothar de Maziere": "Lothar de Maizière",
    "Rexhep Medjani": "Rexhep Meidani",
    "Pandeli Majdo": "Pandeli Majko",
    "Richard von Weiszaecker": "Richard von Weizsaecker",
    "Diefenbacker": "Diefenbaker",
    "Alfonso Lopez Michelson": "Alfonso López Michelsen",
    "Geir Hallgrimmsson": "Geir Hallgrímsson",
    "Vigdis Finbogadottir": "Vigdís Finnbogadóttir",
    "Seyni Kounche": "Seyni Kountché",
    "Gro Harlem Bruntland": "Gro Harlem Brundtland",
    "David Oddson": "Davíð Oddsson",
    "Ismail Guellah": "Ismaïl Omar Guelleh",
    "Suleyman Demiral": "Süleyman Demirel",
    "Robert Kochariyan": "Robert Kocharyan",
    "Ch’en": "Chen",
}
REFERENCE_COUNTRY_MISSPELLINGS = {"Somoa": "Samoa"}
#: Places the reference lists that are no sovereign states: name -> what they are.
REFERENCE_ENTITIES = {
    "Bosnian Federation": "the Federation of Bosnia and Herzegovina, an entity of Bosnia and Herzegovina",
}

#: Titles the reference uses differently from the data, by country: (country, title) -> role.
TITLE_BY_COUNTRY = {
    # Spain's head of government is the "Presidente del Gobierno".
    ("ESP", Role.PRESIDENT): Role.PRIME_MINISTER,
    # Kosygin visited as "Chairman" of the Council of Ministers: the Soviet premier.
    ("SUN", Role.CHAIRMAN): Role.PREMIER,
    # Bosnia's head of state chairs its presidency; the reference (and news) call him president.
    ("BIH", Role.PRESIDENT): Role.CHAIRMAN,
    # Austria's head of government is the chancellor.
    ("AUT", Role.PRIME_MINISTER): Role.CHANCELLOR,
}
#: Titles news uses for one another's offices.
SAME_OFFICE = {Role.PREMIER: Role.PRIME_MINISTER}

_PREFIXES = ("interim", "acting", "transitional", "provisional")
_SUFFIXES = {"jr", "sr", "ii", "iii", "3rd", "iv"}


class Row(NamedTuple):
    """One titled visitor of a reference row, and whether the knowledge base resolves them."""

    id: str
    day: dt.date
    visitor: str
    code: str
    resolved: bool
    found: str  # who the data has in that office that day


@cache
def _lexicon_titles() -> dict[str, Role]:
    doc: dict[str, Any] = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    return {fold(title): Role(role) for title, role in doc["titles"].items()}


@cache
def _country_types() -> dict[str, str]:
    doc: dict[str, Any] = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    return {entry["code"]: entry["type"] for entry in doc["countries"]}


def visitors(text: str) -> Iterator[tuple[Role, list[str]]]:
    """The (title, folded name words) of each titled visitor in a 'visitor' cell."""
    titles = _lexicon_titles()
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


def reference_country(name: str, day: dt.date | None = None) -> str | None:
    """Map the reference's country names ('Korea, South', 'Congo (Zaire)', 'U.S.S.R.') to a code on ``day``."""
    name = REFERENCE_COUNTRY_MISSPELLINGS.get(name, name)
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    inverted = " ".join(part.strip() for part in reversed(name.split(",", 1)))
    for candidate in (name, inverted):
        found = default_knowledge().get_country(candidate, on=day)
        if found is not None:
            return found.code
    return None


def names_match(leader: Leader, words: list[str]) -> bool:
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


def check(path: Path = VISITS) -> list[Row]:
    """Every titled visitor of a sovereign state in the reference file, resolved or not."""
    kb = default_knowledge()
    found: list[Row] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        if row["from"] in REFERENCE_ENTITIES:
            continue
        day = dt.date.fromisoformat(row["start"])
        for title, words in visitors(row["visitor"]):
            code = reference_country(row["from"], day)
            if code is None:
                raise LookupError(f"unknown country {row['from']!r} in row {row['id']}")
            if _country_types().get(code) not in ("sovereign", "former"):
                continue  # the knowledge base covers sovereign states only
            role = TITLE_BY_COUNTRY.get((code, title), title)
            role = SAME_OFFICE.get(role, role)
            holders = [
                leader
                for leader, office in kb.office_holders(code, on=day)
                if SAME_OFFICE.get(office.role, office.role) is role
            ]
            resolved = any(names_match(leader, words) for leader in holders)
            names = ", ".join(leader.name for leader in holders) or "nobody"
            found.append(Row(row["id"], day, row["visitor"], code, resolved, names))
    return found


def mismatches(path: Path = VISITS, countries: set[str] | None = None) -> dict[str, str]:
    """The unresolved rows (of ``countries`` only, if given): row id -> what the data has instead."""
    return {
        row.id: f"{row.day} {row.visitor} ({row.code}): data has {row.found}"
        for row in check(path)
        if not row.resolved and (countries is None or row.code in countries)
    }


def rate(rows: list[Row]) -> float:
    """The share of rows resolved."""
    return sum(row.resolved for row in rows) / len(rows) if rows else 0.0


def report(path: Path = EARLIER_VISITS) -> str:
    """The resolution rate per decade, as a table."""
    rows = check(path)
    lines = [f"{path.name}: office + country + date resolves the visitor", "decade  rows  resolved  rate"]
    for decade in sorted({row.day.year // 10 * 10 for row in rows}):
        some = [row for row in rows if row.day.year // 10 * 10 == decade]
        lines.append(f"{decade}s  {len(some):5d}  {sum(r.resolved for r in some):8d}  {rate(some):.3f}")
    lines.append(f"all    {len(rows):5d}  {sum(r.resolved for r in rows):8d}  {rate(rows):.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1]) if len(sys.argv) > 1 else EARLIER_VISITS))
