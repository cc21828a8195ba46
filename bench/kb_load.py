"""Cold load time of the knowledge base, measured in fresh Python processes.

Each run starts a new interpreter, imports ``diplomacy_events`` and loads the
bundled data with ``KnowledgeBase.load()``; the script prints the median and
best of the runs for the import, the load and the two together. The target
for import plus load is under 200 ms. The leaders of 1946-1999 are read on
the first look-up that needs them; the script times that look-up apart
("1946-1999").

Usage: ``python bench/kb_load.py [RUNS]`` (default 7 runs).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

TARGET_MS = 200.0

_CHILD = """
import datetime, json, time
t0 = time.perf_counter()
from diplomacy_events.knowledge import MODERN_FROM, KnowledgeBase
t1 = time.perf_counter()
kb = KnowledgeBase.load()
t2 = time.perf_counter()
modern = len(kb.leaders(since=MODERN_FROM))
t3 = time.perf_counter()
kb.leading("SUN", on=datetime.date(1972, 5, 22))
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "1946-1999": t4 - t3, "leaders": modern, "all": len(kb)}))
"""


def _run_once() -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD], check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main(runs: int = 7) -> int:
    """Measure ``runs`` cold loads and print a summary; return 1 if over the target."""
    samples = [_run_once() for _ in range(runs)]
    totals = [1000 * (s["import"] + s["load"]) for s in samples]
    for part in ("import", "load", "1946-1999"):
        values = [1000 * s[part] for s in samples]
        print(f"{part:>9}: median {statistics.median(values):6.1f} ms, best {min(values):6.1f} ms")
    median = statistics.median(totals)
    print(f"    total: median {median:6.1f} ms, best {min(totals):6.1f} ms (target < {TARGET_MS:.0f} ms)")
    leaders, everyone = int(samples[0]["leaders"]), int(samples[0]["all"])
    print(f"{leaders} leaders read at load, {everyone} with 1946-1999, {runs} fresh processes")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
