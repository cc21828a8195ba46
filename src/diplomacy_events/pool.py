"""Every core: run one function over many items on worker processes, results in input order.

:func:`~diplomacy_events.parser.parse_many` and ``diplomacy-events batch
--workers N`` share :func:`ordered_map`. The parser goes to each worker
once, when the worker starts (on Linux the workers are forked, so the
knowledge base and phrase tables the parent built are not built again);
items travel in chunks, and at most a few chunks per worker are in flight,
so a long input is never held in memory whole.

>>> from diplomacy_events.parser import Parser
>>> list(ordered_map(_length, ["ab", "c"], Parser(), workers=1))
[2, 1]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .parser import Parser

__all__ = ["cores", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

_IN_FLIGHT = 4  # chunks per worker submitted ahead of the one the caller waits for
_parser: Parser | None = None  # the parser of this worker process


def cores() -> int:
    """The number of cores this process may run on.

    >>> cores() >= 1
    True
    """
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def ordered_map(
    function: Callable[[Parser, T], R], items: Iterable[T], parser: Parser, *, workers: int = 1, chunksize: int = 16
) -> Iterator[R]:
    """``function(parser, item)`` for each item, in input order, on ``workers`` processes (0: every core).

    With one worker everything runs in this process. ``function`` must be a
    module-level function (it is pickled); an exception it raises comes out
    here, for the item that raised it, after the results of the items before.
    """
    workers = workers or cores()
    if workers <= 1:
        yield from (function(parser, item) for item in items)
        return
    from concurrent.futures import ProcessPoolExecutor  # slow to import: only when asked for

    parser.prepare()  # built here once, so forked workers start with it
    source = iter(items)
    pending: deque[Future[tuple[list[R], Exception | None]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(parser,)) as pool:
        while chunk := list(islice(source, chunksize)):
            pending.append(pool.submit(_run, function, chunk))
            if len(pending) >= workers * _IN_FLIGHT:
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())


def _results(future: Future[tuple[list[R], Exception | None]]) -> Iterator[R]:
    results, error = future.result()
    yield from results  # the items before the one that raised, as a serial loop would give them
    if error is not None:
        raise error


def _start(parser: Parser) -> None:
    global _parser
    _parser = parser


def _run(function: Callable[[Parser, T], R], chunk: list[T]) -> tuple[list[R], Exception | None]:
    assert _parser is not None, "a worker runs only after _start"
    results: list[R] = []
    try:
        for item in chunk:
            results.append(function(_parser, item))
    except Exception as exc:  # handed to the caller after the results before it
        return results, exc
    return results, None


def _length(parser: Parser, text: str) -> int:
    return len(text)
