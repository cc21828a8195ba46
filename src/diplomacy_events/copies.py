"""Copies of the parser's attrs records with some fields changed, for its hot loops.

``attrs.evolve`` looks a class's fields up on every call; the parser copies
mentions, time expressions and event candidates thousands of times per
megabyte, so it builds one copier per class once instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

__all__ = ["copier"]

_T = TypeVar("_T")
_SAME = object()  # a field the caller leaves as it is
_RESERVED = frozenset({"_copied", "_made", "_SAME"})  # the copy function's own names


def copier(cls: type[_T]) -> Callable[..., _T]:
    """A function ``copy(record, **changes)`` that makes what ``attrs.evolve(record, **changes)`` makes.

    Fields set through ``__init__`` are copied (by their ``__init__`` names);
    those computed after it are computed again, as ``attrs.evolve`` does.
    Like ``__init__`` itself (what attrs does), the function is written out
    for the class once: ``cls(a=record.a if a is _SAME else a, ...)``, with
    no dictionary of fields built per copy.

    >>> @attrs.frozen
    ... class Point:
    ...     x: int
    ...     y: int
    >>> copier(Point)(Point(1, 2), y=5)
    Point(x=1, y=5)
    """
    fields = [field for field in attrs.fields(cast(Any, cls)) if field.init]
    if _RESERVED & {field.alias for field in fields}:
        raise ValueError(f"{cls.__name__} has a field named like the copier's own names {sorted(_RESERVED)}")
    parameters = "".join(f", {field.alias}=_SAME" for field in fields)
    arguments = ", ".join(f"{f.alias}=_copied.{f.name} if {f.alias} is _SAME else {f.alias}" for f in fields)
    source = f"def copy(_copied, *{parameters}):\n    return _made({arguments})\n"
    namespace: dict[str, Any] = {"_SAME": _SAME, "_made": cls}
    exec(compile(source, f"<copier of {cls.__qualname__}>", "exec"), namespace)
    return cast(Callable[..., _T], namespace["copy"])
