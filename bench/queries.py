"""Benchmark: EventCollection query time against collection size (1e3 .. 1e6 synthetic meetings).

Not a test. Run ``PYTHONPATH=src python bench/queries.py [--max 1000000]``.
Prints one row per size: the time to build each index (once, on the first
query that needs it) and the median time of a repeated selective query,
which should grow far slower than the collection (the indexes answer it;
only the few matches are checked one by one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

from diplomacy_events import Country, DateSpan, Evidence, Meeting, MeetingKind, Participant, Status
from diplomacy_events.collection import EventCollection

#: Country codes of the synthetic leaders (one leader per country).
CODES = (
    *("ARG", "BRA", "CAN", "CHN", "DEU", "EGY", "ESP", "FIN", "FRA", "GBR", "GHA", "IND", "IRN", "ITA"),
    *("JPN", "KEN", "KOR", "MEX", "NGA", "NOR", "PAK", "POL", "PRT", "RUS", "SWE", "TUR", "UKR", "USA"),
)
FIRST_DAY = dt.date(1990, 1, 1)
DAYS = 35 * 365


def synthetic(size: int, seed: int = 7) -> list[Meeting]:
    """``size`` meetings between random pairs of the synthetic leaders over 35 years."""
    rng = random.Random(seed)
    people = [
        Participant(name=f"Leader {code}", country=Country(code=code), leader_id=f"leader-{code.lower()}")
        for code in CODES
    ]
    evidence = Evidence(text="They met.", start=0, end=9)
    spans = [DateSpan.from_date(FIRST_DAY + dt.timedelta(days=d)) for d in range(DAYS)]
    months = {(s.start.year, s.start.month): DateSpan.from_month(s.start.year, s.start.month) for s in spans}
    kinds = list(MeetingKind)
    meetings = []
    for _ in range(size):
        pair = rng.sample(people, 2)
        span = spans[rng.randrange(DAYS)]
        if rng.random() < 0.2:
            span = months[span.start.year, span.start.month]
        meetings.append(
            Meeting(participants=pair, kind=rng.choice(kinds), status=Status.OCCURRED, evidence=evidence, date=span)
        )
    return meetings


def timed(call: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """The median wall time of ``call`` in milliseconds, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def measure(size: int) -> str:
    """One row of the table for a collection of ``size`` meetings."""
    meetings = synthetic(size)
    events = EventCollection(meetings)
    week = (dt.date(2005, 3, 7), dt.date(2005, 3, 13))
    year = (dt.date(2005, 1, 1), dt.date(2005, 12, 31))
    build_dates, _ = timed(lambda: events.in_period(*week))
    build_party, _ = timed(lambda: events.involving("leader-tur"))
    build_pairs, _ = timed(lambda: events.between("TUR", "RUS"))
    in_week, _ = timed(lambda: events.in_period(*week), repeat=5)
    pair, _ = timed(lambda: events.between("TUR", "RUS"), repeat=5)
    pair_year, found = timed(lambda: events.between("TUR", "RUS").in_period(*year), repeat=5)

    def brute() -> list[Meeting]:
        return [
            m
            for m in meetings
            if m.date is not None
            and m.date.start <= year[1]
            and year[0] <= m.date.end
            and {"TUR", "RUS"} <= m.countries
        ]

    brute_ms, expected = timed(brute, repeat=3)
    assert isinstance(found, EventCollection) and list(found) == expected
    return (
        f"{size:>9,} {build_dates:>9.0f} {build_party:>9.0f} {build_pairs:>9.0f} {in_week:>9.2f} {pair:>9.2f} "
        f"{pair_year:>9.2f} {len(found):>9} {brute_ms:>9.1f}"
    )


def main() -> None:
    """Print the table; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=1_000_000, help="largest collection size (default 1e6)")
    largest = parser.parse_args().max
    print("times in ms; 'build' = first query, which builds the index")
    columns = ("meetings", "build day", "build who", "build pair", "week", "pair", "pair+year", "matches", "brute")
    print(" ".join(f"{c:>9}" for c in columns))
    for size in (1_000, 10_000, 100_000, 1_000_000):
        if size <= largest:
            print(measure(size), flush=True)


if __name__ == "__main__":
    main()
