"""Every example in the package's docstrings runs and prints what it shows."""

from __future__ import annotations

import doctest
import enum
import importlib
import inspect
import pkgutil

import attrs
import pytest

import diplomacy_events

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(diplomacy_events.__path__, "diplomacy_events.")
    if not name.endswith(("__main__", ".bench"))
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failures == 0


#: The modules the API reference documents (docs/api.md).
REFERENCE = [
    "diplomacy_events.collection",
    "diplomacy_events.dates",
    "diplomacy_events.errors",
    "diplomacy_events.explain",
    "diplomacy_events.export",
    "diplomacy_events.knowledge",
    "diplomacy_events.model",
    "diplomacy_events.parser",
    "diplomacy_events.serialize",
]


def _documented_names(doc: str) -> list[str]:
    """The names an ``Attributes:`` section of a Google-style docstring lists, in order."""
    lines = inspect.cleandoc(doc).splitlines()
    if "Attributes:" not in lines:
        return []
    names = []
    for line in lines[lines.index("Attributes:") + 1 :]:
        if line and not line.startswith(" "):
            break
        if line.startswith("    ") and not line.startswith("     ") and ":" in line:
            names.append(line.split(":")[0].split(" (")[0].strip())
    return names


def _fielded_classes() -> list[type]:
    found = []
    for name in REFERENCE:
        module = importlib.import_module(name)
        for public in module.__all__:
            value = getattr(module, public)
            if isinstance(value, type) and (attrs.has(value) or issubclass(value, enum.Enum)):
                found.append(value)
    return found


@pytest.mark.parametrize("cls", _fielded_classes(), ids=lambda cls: cls.__qualname__)
def test_attrs_classes_and_enums_list_their_fields_in_order(cls: type) -> None:
    fields = [f.name for f in attrs.fields(cls)] if attrs.has(cls) else [m.name for m in cls]  # type: ignore[attr-defined]
    assert _documented_names(cls.__doc__ or "") == fields
