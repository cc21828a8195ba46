"""Write the coverage table of the leader files into ``docs/data/leaders.md``.

The table counts, for each region and decade, the people who held an office
in it (a term that overlaps the decade), from both the 2000- files and the
1946-1999 ones, with the people of 1930-1945 before them (the wartime terms the
1946-1999 files also hold), and how many states each region's 1946-1999 file covers.
Run ``python docs/data/coverage.py`` after changing the leader files;
``tests/test_knowledge.py`` fails while the table is out of date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

PAGE = Path(__file__).with_name("leaders.md")
BEGIN = "<!-- coverage table: written by docs/data/coverage.py -->"
END = "<!-- end of coverage table -->"
FIRST_YEAR, LAST_YEAR = 1946, 2026
ERA = "1946-1999"
#: The years before the decades: the terms of 1930-1945 the 1946-1999 files hold.
WARTIME = ("1930-01-01", "1945-12-31")


def _files() -> dict[str, list[dict[str, Any]]]:
    """The leader files by region: the 2000- file, then the 1946-1999 one if there is one."""
    folder = resources.files("diplomacy_events") / "data" / "leaders"
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for sub in (folder, folder / ERA):
        if sub.is_dir():
            for file in sorted(sub.iterdir(), key=lambda f: f.name):
                if file.name.endswith(".json"):
                    found[file.name.removesuffix(".json")].append(json.loads(file.read_text(encoding="utf-8")))
    return dict(sorted(found.items()))


def _decades() -> list[int]:
    return list(range(FIRST_YEAR // 10 * 10, LAST_YEAR + 1, 10))


def _in_decade(office: dict[str, Any], decade: int) -> bool:
    first = dt.date(max(decade, FIRST_YEAR), 1, 1).isoformat()
    last = dt.date(decade + 9, 12, 31).isoformat()
    return office["start"] <= last and (office.get("end") or "9999") >= first


def _in_wartime(office: dict[str, Any]) -> bool:
    return office["start"] <= WARTIME[1] and (office.get("end") or "9999") >= WARTIME[0]


def table() -> str:
    """The coverage table in Markdown."""
    head = ["region", "1930-1945", *(f"{d}s" for d in _decades()), f"states {ERA}"]
    rows = [head, ["---"] * len(head)]
    totals = [0] * (len(_decades()) + 1)
    for region, docs in _files().items():
        leaders = [entry for doc in docs for entry in doc["leaders"]]
        counts = [sum(any(_in_wartime(o) for o in e["offices"]) for e in leaders)]
        counts += [sum(any(_in_decade(o, d) for o in e["offices"]) for e in leaders) for d in _decades()]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        covered = len(docs[1]["checked"]) if len(docs) > 1 else 0
        rows.append([f"`{region}`", *map(str, counts), str(covered) if covered else "not yet"])
    rows.append(["all", *map(str, totals), ""])
    return "\n".join("| " + " | ".join(row) + " |" for row in rows) + "\n"


def section() -> str:
    """The table between its markers, as it stands in the page."""
    return f"{BEGIN}\n\n{table()}\n{END}"


def main() -> None:
    """Rewrite the table in ``leaders.md``."""
    page = PAGE.read_text(encoding="utf-8")
    start, end = page.index(BEGIN), page.index(END) + len(END)
    PAGE.write_text(page[:start] + section() + page[end:], encoding="utf-8")
    print(f"wrote the coverage table in {PAGE}")


if __name__ == "__main__":
    main()
