"""Every example in the package's docstrings runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

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
