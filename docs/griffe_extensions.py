"""Griffe extensions for the API reference: docstrings written for ``help()`` read well on the site too.

The docstrings keep plain ``>>>`` examples (they run as doctests) and
Sphinx-style cross references such as ``:class:`~diplomacy_events.model.Meeting```
and ``#:`` comments above constants (readable in a terminal and in the
code). For the site, :class:`FenceDoctests` puts each example in a ``pycon``
code fence (Markdown would otherwise read output such as
``['Vladimir Putin']`` as a link reference), :class:`CrossReferences` turns
each role into a Markdown cross reference that mkdocs-autorefs renders as a
link, :class:`DocComments` makes a ``#:`` comment the constant's
docstring, and :class:`FieldTables` lists the fields of an attrs class (or
the members of an enum) whose docstring does not, with their inline
comments. Loaded by mkdocstrings from ``mkdocs.yml``; this file is
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

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if isinstance(obj, griffe.Attribute) and obj.docstring is None and obj.lineno is not None:
                text = doc_comment(obj.module.lines, obj.lineno)
                if text is not None:
                    _set_docstring(obj, text, loader)


def _is_fielded(cls: griffe.Class) -> bool:
    """Whether a class is an attrs class or an enum: its fields (members) are its interface."""
    decorators = (str(d.value).split("(")[0] for d in cls.decorators)
    return any(d.startswith(("attrs.", "attr.")) for d in decorators) or any(
        str(base).split(".")[-1] in ("Enum", "IntEnum", "StrEnum", "Flag") for base in cls.bases
    )


def _inline_comment(line: str) -> str:
    return line.split("  # ", 1)[1].strip() if "  # " in line else ""


def field_section(cls: griffe.Class) -> str | None:
    """An ``Attributes:`` section for an attrs class or enum that has none: each field, its inline comment.

    An enum member's value leads its description. ``None`` when the class
    is no attrs class or enum, or already documents its fields.
    """
    if not _is_fielded(cls) or (cls.docstring is not None and "Attributes:" in cls.docstring.value):
        return None
    lines = cls.module.lines
    fields = sorted(
        (
            m
            for m in cls.members.values()
            if isinstance(m, griffe.Attribute) and m.lineno and not m.name.startswith("_")
        ),
        key=lambda m: m.lineno or 0,
    )
    items = []
    for field in fields:
        comment = _inline_comment(lines[(field.lineno or 1) - 1])
        value = f"`{field.value}`" if field.annotation is None and field.value is not None else ""
        items.append(f"    {field.name}: {': '.join(part for part in (value, comment) if part)}".rstrip())
    return "Attributes:\n" + "\n".join(items) if items else None


class FieldTables(griffe.Extension):
    """List the fields of each attrs class, and the members of each enum, whose docstring does not."""

    def on_package(self, *, pkg: griffe.Module, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if isinstance(obj, griffe.Class):
                section = field_section(obj)
                if section is not None:
                    _set_docstring(obj, f"{obj.docstring.value if obj.docstring else ''}\n\n{section}".strip(), loader)


def _set_docstring(obj: griffe.Object, text: str, loader: griffe.GriffeLoader) -> None:
    """Give ``obj`` the docstring ``text``, parsed as the loader parses every other one."""
    if obj.docstring is not None:
        obj.docstring.value = text
    else:
        parser, options = loader.docstring_parser, loader.docstring_options
        obj.docstring = griffe.Docstring(text, lineno=obj.lineno, parent=obj, parser=parser, parser_options=options)


def _scopes(obj: griffe.Object) -> Iterator[griffe.Object]:
    """Where a short name in ``obj``'s docstring is looked up: the object, its parents, the package."""
    scope: griffe.Object | None = obj
    while scope is not None:
        yield scope
        scope = scope.parent
    yield obj.package


def _resolve(obj: griffe.Object, target: str) -> str | None:
    """The path of the object ``target`` names, seen from ``obj``'s docstring, if the reference shows it.

    ``None`` for a name outside the package, and for one the reference
    leaves out (private, or not in its module's ``__all__``, or without a
    docstring), so that no link leads nowhere.
    """
    package = obj.package
    relative = target.removeprefix(f"{package.name}.") if target.startswith(f"{package.name}.") else None
    lookups = [(package, relative)] if relative is not None else [(scope, target) for scope in _scopes(obj)]
    for scope, name in lookups:
        try:
            found = scope[name]
            final = found.final_target if isinstance(found, griffe.Alias) else found
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue
        return str(final.path) if final.is_public and final.has_docstrings else None
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
