"""Machine instructions per character of parse() on the benchmark's generated news, counted by callgrind.

Wall-clock throughput on a shared machine varies by 20% or more from run to
run; the instruction count does not (the hash seed is fixed), so it is the
number to compare two versions of the parser by::

    python bench/instructions.py              # 100 KB of generated news
    python bench/instructions.py --size 300000

It runs the same script twice under ``valgrind --tool=callgrind``: once up to
the end of the warm-up (imports, knowledge base, phrase tables, five
documents), once with a full parse of the corpus after it, and prints the
difference per character. Needs valgrind on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

_SCRIPT = """
import sys
from diplomacy_events.bench import news_corpus
from diplomacy_events.parser import Parser
docs = news_corpus({size})
parser = Parser()
parser.parse("warm", "2020-01-01")
for doc in docs[:5]:
    parser.parse(doc["text"], doc.get("published"))
if {full}:
    for doc in docs:
        parser.parse(doc["text"], doc.get("published"))
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(size: int, full: bool) -> int:
    """Instructions callgrind counts for the warm-up, and with ``full`` the parse of ``size`` characters too."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c"]
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [*command, _SCRIPT.format(size=size, full=full)], capture_output=True, text=True, env=environment, check=True
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    """Print the instructions per character of parse() on ``--size`` characters of generated news."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--size", type=int, default=100_000, help="characters of generated news (default 100000)")
    size = options.parse_args().size
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py needs valgrind (e.g. apt install valgrind)")
    spent = instructions(size, full=True) - instructions(size, full=False)
    print(f"{spent / 1e6:.0f} million instructions, {spent / size:,.0f} per character")


if __name__ == "__main__":
    main()
