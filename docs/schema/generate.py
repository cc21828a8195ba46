"""Write the published JSON Schemas (``serialize.PUBLISHED_SCHEMAS``) next to this script.

Run ``python docs/schema/generate.py`` after changing the model;
``tests/test_serialize.py`` fails while a file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from diplomacy_events.serialize import PUBLISHED_SCHEMAS, json_schema


def main() -> None:
    """Write ``<class>.schema.json`` for each published class, e.g. ``meeting.schema.json``."""
    for cls in PUBLISHED_SCHEMAS:
        path = Path(__file__).with_name(f"{cls.__name__.lower()}.schema.json")
        path.write_text(json.dumps(json_schema(cls), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
