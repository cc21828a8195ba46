"""Griffe extensions for the API reference: docstrings written for ``help()`` read well on the site too.

The docstrings keep plain ``>>>`` examples (they run as doctests) and
Sphinx-style cross references such as ``:class:`~diplomacy_events.model.Meeting```
and ``#:`` comments above constants (readable in a terminal and in the
code). For the site, :class:`FenceDoctests` puts each example in a ``pycon``
code fence (Markdown would otherwise read output such as
``['Vladimir Putin']`` as a link reference), :class:`CrossReferences` turns
each role into a Markdown cross reference that mkdocs-autorefs renders as a
link, and :class:`DocComments` makes a ``#:`` comment the constant's
docstring. Loaded by mkdocstrings from ``mkdocs.yml``; this file is
excluded from the built site.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import griffe

#: A Sphinx cross-reference role: ``:class:`Meeting```, ``:func:`~diplomacy_events.parse```.
ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|const|mod|exc|obj):`(?P<tilde>~?)(?P<target>[\w.]+)`")


def fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>`` lines and their output in a ``pycon`` code fence."""
    out: list[str] = []
    in_example = False
    for line in text.splitlines():
        stripped = line.strip()
        if not in_example and stripped.startswith(">>>"):
            out.append("```pycon")
            in_example = True
        elif in_example and not stripped:
            out.append("```")
            in_example = False
        out.append(line.strip() if in_example else line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fence the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)


def doc_comment(lines: list[str], lineno: int) -> str | None:
    """The ``#:`` comment lines right above line ``lineno`` (1-based) of ``lines``, as text; ``None`` if none."""
    found: list[str] = []
    number = lineno - 2
    while number >= 0 and lines[number].lstrip().startswith("#:"):
        found.insert(0, lines[number].lstrip()[2:].strip())
        number -= 1
    return " ".join(found) or None


class DocComments(griffe.Extension):
    """Read a ``#:`` comment above a constant as its docstring, as Sphinx does."""

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        if attr.docstring is None and attr.lineno is not None:
            text = doc_comment(attr.module.lines, attr.lineno)
            if text is not None:
                attr.docstring = griffe.Docstring(text, lineno=attr.lineno, parent=attr)


def _scopes(obj: griffe.Object) -> Iterator[griffe.Object]:
    """Where a short name in ``obj``'s docstring is looked up: the object, its parents, the package."""
    scope: griffe.Object | None = obj
    while scope is not None:
        yield scope
        scope = scope.parent
    yield obj.package


def _resolve(obj: griffe.Object, target: str) -> str | None:
    """The canonical path of the object ``target`` names, seen from ``obj``'s docstring; ``None`` if not ours."""
    package = obj.package
    relative = target.removeprefix(f"{package.name}.") if target.startswith(f"{package.name}.") else None
    lookups = [(package, relative)] if relative is not None else [(scope, target) for scope in _scopes(obj)]
    for scope, name in lookups:
        try:
            found = scope[name]
            return str(found.final_target.path if isinstance(found, griffe.Alias) else found.path)
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue
    return None


def _link(obj: griffe.Object, match: re.Match[str]) -> str:
    target = match["target"]
    shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
    path = _resolve(obj, target)
    return f"[`{shown}`][{path}]" if path is not None else f"`{shown}`"


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    yield obj
    for member in obj.members.values():
        if not isinstance(member, griffe.Alias):
            yield from _objects(member)


class CrossReferences(griffe.Extension):
    """Turn Sphinx roles into cross references: links to our objects, plain code for anyone else's."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if obj.docstring is not None and ":`" in obj.docstring.value:
                obj.docstring.value = ROLE.sub(functools.partial(_link, obj), obj.docstring.value)
