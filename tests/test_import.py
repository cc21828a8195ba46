"""Importing the package is cheap: public names load their submodules on first use (PEP 562).

Each check runs in a fresh interpreter and looks at ``sys.modules``, never at times.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import diplomacy_events


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code`` (and not before it)."""
    script = "import sys\nbefore = set(sys.modules)\n" + textwrap.dedent(code)
    script += "\nprint(' '.join(sorted(set(sys.modules) - before)))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.splitlines()[-1].split())


def test_importing_the_package_loads_no_submodule_and_no_dependency() -> None:
    loaded = loaded_after("import diplomacy_events")
    assert "diplomacy_events" in loaded
    assert {name for name in loaded if name.startswith("diplomacy_events.")} == set()
    for heavy in ("attrs", "attr", "cattrs", "dateutil", "pycountry", "importlib.resources"):
        assert heavy not in loaded, heavy


def test_importing_the_package_loads_no_data() -> None:
    loaded = loaded_after(
        """
        import diplomacy_events
        from diplomacy_events import knowledge
        assert knowledge._default is None, "the knowledge base was loaded at import"
        """
    )
    assert "diplomacy_events.parser" not in loaded


def test_the_parse_path_leaves_serialization_and_collections_alone() -> None:
    loaded = loaded_after("from diplomacy_events import parse, Parser")
    assert "diplomacy_events.parser" in loaded
    for unused in (
        "cattrs",
        "diplomacy_events.serialize",
        "diplomacy_events.collection",
        "diplomacy_events.export",
        "diplomacy_events.cli",
        "concurrent.futures",
        "pycountry",
    ):
        assert unused not in loaded, unused


def test_loading_the_default_knowledge_base_needs_no_serializer_nor_pycountry() -> None:
    loaded = loaded_after("import diplomacy_events as de; de.default_knowledge()")
    assert "cattrs" not in loaded
    assert "pycountry" not in loaded  # its import costs more than the load: bundled codes are checked by tests
    assert "diplomacy_events.parser" not in loaded


@pytest.mark.parametrize("name", diplomacy_events.__all__)
def test_every_public_name_resolves_by_attribute(name: str) -> None:
    value = getattr(diplomacy_events, name)
    if name == "__version__":
        assert isinstance(value, str)
    else:
        assert value.__name__ == name
        assert value.__module__.startswith("diplomacy_events.")


def test_star_import_gives_every_public_name_in_a_fresh_interpreter() -> None:
    code = """
    import json
    import diplomacy_events
    namespace = {}
    exec("from diplomacy_events import *", namespace)
    missing = [name for name in diplomacy_events.__all__ if name not in namespace]
    wrong = [name for name in diplomacy_events.__all__
             if name in namespace and namespace[name] is not getattr(diplomacy_events, name)]
    print(json.dumps([missing, wrong]))
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == [[], []]


def test_names_are_the_submodules_objects_and_stay_cached() -> None:
    from diplomacy_events import errors, model, parser, serialize

    assert diplomacy_events.parse is parser.parse
    assert diplomacy_events.Meeting is model.Meeting
    assert diplomacy_events.to_json is serialize.to_json
    assert diplomacy_events.DiplomacyEventsError is errors.DiplomacyEventsError
    assert "parse" in vars(diplomacy_events)  # looked up once, then a plain global


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parze'"):
        diplomacy_events.parze  # type: ignore[attr-defined]  # noqa: B018


def test_dir_lists_every_public_name_before_it_is_loaded() -> None:
    loaded = loaded_after(
        """
        import diplomacy_events
        assert set(diplomacy_events.__all__) <= set(dir(diplomacy_events))
        """
    )
    assert "diplomacy_events.model" not in loaded


def test_submodules_are_still_importable_by_name() -> None:
    loaded = loaded_after("from diplomacy_events import knowledge, timex")
    assert {"diplomacy_events.knowledge", "diplomacy_events.timex"} <= loaded
    assert "diplomacy_events.parser" not in loaded


def test_matplotlib_loads_only_when_a_picture_is_drawn() -> None:
    loaded = loaded_after("import diplomacy_events.plot, diplomacy_events.cli, diplomacy_events.collection")
    assert "diplomacy_events.plot" in loaded
    assert not {name for name in loaded if name.split(".")[0] in ("matplotlib", "networkx", "pandas")}
