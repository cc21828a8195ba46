"""The package's own data files (``data/``), each read once and shared by the modules that need it.

The model checks country codes against the bundled country table and the
knowledge base builds its countries from it: both read it through
:func:`data_file`, so it is parsed once per process and neither module
reaches into the other's state.

>>> len(data_file("countries.json")["countries"]) > 200
True
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["data_file"]


@functools.cache
def data_file(name: str) -> Any:
    """The parsed JSON of ``data/<name>``; raises ``OSError`` or ``ValueError`` if it cannot be read."""
    return json.loads((resources.files("diplomacy_events") / "data" / name).read_text(encoding="utf-8"))
