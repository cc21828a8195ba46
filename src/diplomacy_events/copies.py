"""The parser's own attrs records, made and copied in its hot loops: how they are declared and copied.

A record is declared with :func:`record`: frozen, as ``attrs.frozen``
declares it, to the type checker (``mypy --strict`` rejects any assignment
to its fields), but built at run time without the frozen ``__init__``'s
detour: a frozen slotted class sets each field through
``object.__setattr__``, a call per field, where a plain one stores it
directly. A mention of 21 fields is made about four times faster (0.7 us
against 3.3 us), and the parser makes some 8,000 per 300 KB of news.
Equality and hashing are those of ``attrs.frozen``. The public models
(:mod:`diplomacy_events.model`) stay frozen at run time too.

``attrs.evolve`` looks a class's fields up on every call; the parser copies
mentions, time expressions and event candidates thousands of times per
megabyte, so it builds one copier per class once instead (:func:`copier`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

__all__ = ["copier", "record"]

if TYPE_CHECKING:
    from attrs import frozen as record
else:
    #: ``attrs.frozen`` to the type checker; at run time an ``attrs.define`` with the same equality and hash (see
    #: the module's docstring).
    record = functools.partial(attrs.define, unsafe_hash=True, on_setattr=attrs.setters.NO_OP)

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
