"""The articles the equivalence tests read (first pass, rule gates): the project's held-out sets, and the
development, seed and general news articles of the shared folder beside the repository (``../shared``) when it
is there; those are never copied into the project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplomacy_events.bench import gold_articles

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPOSITORY.parent / "shared", Path("/work/shared")) if p.is_dir()), None)


def shared(*parts: str) -> Path:
    """A path in the shared folder; the test is skipped when it is not here."""
    path = SHARED.joinpath(*parts) if SHARED is not None else None
    if path is None or not path.exists():
        pytest.skip(f"{'/'.join(parts)} of the shared folder is not here")
    return path


def held_out() -> list[dict[str, Any]]:
    """Every article of the project's held-out sets (bench/heldout/*)."""
    folders = sorted(p for p in (REPOSITORY / "bench" / "heldout").iterdir() if p.is_dir())
    return [doc for folder in folders for doc in gold_articles(folder)]


def seeds() -> list[dict[str, Any]]:
    """The seed articles of the shared folder."""
    return [{"id": f.name, "text": f.read_text("utf-8")} for f in sorted(shared("seeds").glob("*.txt"))]
