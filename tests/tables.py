"""Helpers of the tests written as tables of texts and the meetings expected of them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import diplomacy_events as de
from diplomacy_events import DateSpan

#: A meeting written short: (leader ids, kind, status, date).
Row = tuple[tuple[str, ...], str, str, "str | None"]


def written(date: DateSpan | None) -> str | None:
    """A date written short: a day, a month ("2024-05") or a span ("2024-05-01/2024-05-03")."""
    if date is None:
        return None
    if date.start == date.end:
        return date.start.isoformat()
    if date.start.day == 1 and date.end == DateSpan.from_month(date.start.year, date.start.month).end:
        return date.start.isoformat()[:7]
    return f"{date.start.isoformat()}/{date.end.isoformat()}"


def meetings(text: str, published: dt.date, outlet: str | None = None) -> list[Row]:
    """Each meeting of ``text`` as (leader ids, kind, status, date written short)."""
    return [
        (tuple(p.leader_id or "" for p in m.participants), m.kind.value, m.status.value, written(m.date))
        for m in de.parse(text, published=published, outlet=outlet).meetings
    ]


def rows(table: list[tuple[Any, ...]]) -> dict[str, Any]:
    """Parametrize keyword arguments for a table of rows whose first field is the row's id."""
    return {"argvalues": [r[1:] for r in table], "ids": [r[0] for r in table]}
