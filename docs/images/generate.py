"""Draw the pictures of the README and the docs from the bundled example article.

Run ``python docs/images/generate.py`` (needs the ``plot`` extra) after
changing the plots or the parser. It runs the documented commands::

    diplomacy-events parse src/diplomacy_events/data/demo_article.txt --published 2023-04-17 --format jsonl > demo.jsonl
    diplomacy-events plot demo.jsonl --timeline -o docs/images/demo-timeline.svg
    diplomacy-events plot demo.jsonl --network -o docs/images/demo-network.svg

``tests/test_plot.py`` checks that the committed pictures show what these
commands draw.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from importlib import resources
from pathlib import Path

from diplomacy_events.cli import main as run

#: The pictures, each with the ``plot`` options that draw it.
PICTURES = {"demo-timeline.svg": ["--timeline"], "demo-network.svg": ["--network"]}


def main(folder: Path = Path(__file__).parent) -> None:
    """Write the pictures of :data:`PICTURES` into ``folder``."""
    article = resources.files("diplomacy_events") / "data" / "demo_article.txt"
    with tempfile.TemporaryDirectory() as scratch:
        results = Path(scratch) / "demo.jsonl"
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = run(["parse", str(article), "--published", "2023-04-17", "--format", "jsonl"])
        if code:
            sys.exit(f"parse failed with exit code {code}")
        # the file name, not the absolute path of this checkout, names the document
        results.write_text(out.getvalue().replace(str(article), "demo_article.txt"), encoding="utf-8")
        for name, options in PICTURES.items():
            if run(["plot", str(results), *options, "-o", str(folder / name)]):
                sys.exit(f"plot {name} failed")
            print(f"wrote {folder / name}")


if __name__ == "__main__":
    main()
