"""Copies of the parser's attrs records with some fields changed, for its hot loops.

``attrs.evolve`` looks a class's fields up on every call; the parser copies
mentions, time expressions and event candidates thousands of times per
megabyte, so it builds one copier per class once instead.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, cast

import attrs

__all__ = ["copier"]

_T = TypeVar("_T")


def copier(cls: type[_T]) -> Callable[..., _T]:
    """A function ``copy(record, **changes)`` that makes what ``attrs.evolve(record, **changes)`` makes.

    Fields set through ``__init__`` are copied (by their ``__init__`` names);
    those computed after it are computed again, as ``attrs.evolve`` does.

    >>> @attrs.frozen
    ... class Point:
    ...     x: int
    ...     y: int
    >>> copier(Point)(Point(1, 2), y=5)
    Point(x=1, y=5)
    """
    fields = [field for field in attrs.fields(cast(Any, cls)) if field.init]
    names = tuple(field.alias for field in fields)
    getter = attrgetter(*(field.name for field in fields))
    values: Callable[[Any], tuple[Any, ...]] = getter if len(fields) > 1 else lambda record: (getter(record),)

    def copy(record: _T, **changes: Any) -> _T:
        made = dict(zip(names, values(record), strict=True))
        made.update(changes)
        return cls(**made)

    return copy
