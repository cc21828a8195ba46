"""Exports of meetings: JSON Lines (lossless), CSV, CAMEO-coded dyads, pandas and networkx.

pandas and networkx are optional extras, imported only by :func:`to_dataframe`
and :func:`to_graph`; without them those raise
:class:`~diplomacy_events.errors.MissingExtraError`.

>>> import io
>>> from diplomacy_events.collection import EventCollection
>>> buffer = io.StringIO()
>>> write_jsonl(EventCollection([]), buffer)
0
>>> read_jsonl(io.StringIO(buffer.getvalue())) == EventCollection([])
True
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import itertools
import json
from collections.abc import Iterable
from typing import Any, TextIO

import attrs

from .collection import EventCollection
from .errors import BadInputError, MissingExtraError
from .model import Meeting, MeetingKind, Participant, Source, Status, Summit
from .serialize import from_dict, to_dict

__all__ = [
    "CAMEO_CODES",
    "MEETING_COLUMNS",
    "PAIR_COLUMNS",
    "CameoEvent",
    "cameo_events",
    "meeting_records",
    "pair_records",
    "read_jsonl",
    "to_dataframe",
    "to_graph",
    "write_cameo",
    "write_csv",
    "write_jsonl",
]

# -- JSON Lines -------------------------------------------------------------------------


def write_jsonl(events: EventCollection | Iterable[Meeting | Summit], stream: TextIO) -> int:
    """Write one JSON object per line (meetings, then a collection's summits); returns the count.

    The lines are :func:`~diplomacy_events.serialize.to_dict` of each object,
    so :func:`read_jsonl` gives back an equal collection.

    >>> import io
    >>> write_jsonl([], io.StringIO())
    0
    """
    items = (*events.meetings, *events.summits) if isinstance(events, EventCollection) else events
    count = 0
    for item in items:
        stream.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
        count += 1
    return count


def _line_items(data: Any) -> list[Meeting | Summit]:
    """The meetings and summits of one line: a Meeting, a Summit, or a ``batch`` result."""
    if not isinstance(data, dict):
        raise BadInputError("a line must hold a JSON object", data)
    if "meetings" in data or "summits" in data:
        source = from_dict(data["source"], Source) if isinstance(data.get("source"), dict) else None
        meetings = [from_dict(m, Meeting) for m in data.get("meetings", ())]
        summits = [from_dict(s, Summit) for s in data.get("summits", ())]
        return [
            *(attrs.evolve(m, source=m.source or source) for m in meetings),
            *(attrs.evolve(s, source=s.source or source) for s in summits),
        ]
    if "kind" in data:
        return [from_dict(data, Meeting)]
    if "name" in data:
        return [from_dict(data, Summit)]
    raise BadInputError("a line must hold a meeting, a summit or a batch result", data)


def read_jsonl(lines: Iterable[str]) -> EventCollection:
    """Read meetings and summits from JSON Lines: :func:`write_jsonl` output or ``batch`` output.

    A ``batch`` line (``{"id", "source", "meetings", "summits", ...}``)
    contributes its meetings and summits; those without a source get the
    line's. Blank lines are skipped; a bad line raises
    :class:`~diplomacy_events.errors.BadInputError` naming its number.

    >>> len(read_jsonl(['{"id": "a1", "meetings": [], "summits": []}', ""]))
    0
    """
    items: list[Meeting | Summit] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items += _line_items(json.loads(line))
        except (BadInputError, ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            raise BadInputError(f"line {number}: {exc}", line) from None
        except RecursionError:
            raise BadInputError(f"line {number}: JSON nested too deeply", line) from None
    return EventCollection(items)


# -- flat records and CSV ---------------------------------------------------------------

#: The columns of :func:`meeting_records` (one row per meeting).
MEETING_COLUMNS = (
    "date_start",
    "date_end",
    "date_precision",
    "kind",
    "status",
    "participants",
    "leader_ids",
    "countries",
    "host",
    "city",
    "place_country",
    "summit",
    "confidence",
    "reports",
    "outlet",
    "published",
    "url",
    "evidence",
)
_PARTY_COLUMNS = ("name", "leader_id", "country", "role")
#: The columns of :func:`pair_records` (one row per unordered participant pair).
PAIR_COLUMNS = (
    *(f"a_{c}" for c in _PARTY_COLUMNS),
    *(f"b_{c}" for c in _PARTY_COLUMNS),
    *(c for c in MEETING_COLUMNS if c not in ("participants", "leader_ids", "countries")),
)


def _meeting_record(meeting: Meeting) -> dict[str, Any]:
    people, span, place, source = meeting.participants, meeting.date, meeting.place, meeting.source
    return {
        "date_start": span.start if span else None,
        "date_end": span.end if span else None,
        "date_precision": span.precision.value if span else None,
        "kind": meeting.kind.value,
        "status": meeting.status.value,
        "participants": "; ".join(p.name or f"({p.country})" for p in people),
        "leader_ids": "; ".join(p.leader_id or "" for p in people),
        "countries": "; ".join(str(p.country or "") for p in people),
        "host": str(meeting.host) if meeting.host else None,
        "city": place.city if place else None,
        "place_country": str(place.country) if place else None,
        "summit": meeting.summit,
        "confidence": meeting.confidence,
        "reports": 1 + len(meeting.also_reported),
        "outlet": source.outlet if source else None,
        "published": source.published if source else None,
        "url": source.url if source else None,
        "evidence": meeting.evidence.text,
    }


def _party_record(prefix: str, p: Participant) -> dict[str, Any]:
    values = (
        p.name,
        p.leader_id,
        str(p.country) if p.country else None,
        p.role.value if p.role else None,
    )
    return {f"{prefix}_{column}": value for column, value in zip(_PARTY_COLUMNS, values, strict=True)}


def meeting_records(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One flat record per meeting, keyed by :data:`MEETING_COLUMNS` (dates as ``datetime.date``).

    >>> meeting_records([])
    []
    """
    return [_meeting_record(m) for m in meetings]


def pair_records(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One flat record per unordered participant pair, keyed by :data:`PAIR_COLUMNS`.

    >>> pair_records([])
    []
    """
    records = []
    for meeting in meetings:
        shared = {k: v for k, v in _meeting_record(meeting).items() if k in PAIR_COLUMNS}
        for first, second in itertools.combinations(meeting.participants, 2):
            records.append({**_party_record("a", first), **_party_record("b", second), **shared})
    return records


def _write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: "" if v is None else str(v) for k, v in row.items()})
        count += 1
    return count


def write_csv(meetings: Iterable[Meeting], stream: TextIO, *, pairs: bool = False) -> int:
    """Write CSV with a header: a row per meeting, or per participant pair with ``pairs=True``.

    Returns the number of rows. Empty cells stand for missing values.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_csv([], buffer)
    0
    >>> buffer.getvalue().split(",")[:3]
    ['date_start', 'date_end', 'date_precision']
    """
    if pairs:
        return _write_rows(pair_records(meetings), PAIR_COLUMNS, stream)
    return _write_rows(meeting_records(meetings), MEETING_COLUMNS, stream)


# -- CAMEO ------------------------------------------------------------------------------

#: The CAMEO event codes used, with their CAMEO names.
CAMEO_CODES = {
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a 'third' location",
}


@attrs.frozen(kw_only=True)
class CameoEvent:
    """One directed, CAMEO-coded event between two governments (``RUSGOV`` -> ``TURGOV``).

    >>> CameoEvent(date=None, source_actor="RUSGOV", target_actor="TURGOV", code="040").root
    '04'
    """

    date: dt.date | None
    source_actor: str
    target_actor: str
    code: str
    source_name: str | None = None
    target_name: str | None = None
    evidence: str = ""
    url: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root code (``"03"`` for intentions, ``"04"`` for consultations)."""
        return self.code[:2]


def _cameo_code(meeting: Meeting, source: Participant, target: Participant) -> str:
    """The code of ``source`` acting towards ``target`` in ``meeting`` (see :data:`CAMEO_CODES`)."""
    if meeting.status is Status.PLANNED:
        return "036"
    if meeting.kind is MeetingKind.CALL:
        return "041"
    if meeting.host is not None:
        source_home, target_home = source.country == meeting.host, target.country == meeting.host
        if target_home and not source_home:
            return "042"
        if source_home and not target_home:
            return "043"
    if meeting.place is not None and meeting.place.country.code not in meeting.countries:
        return "044"
    return "040"


def cameo_events(meetings: Iterable[Meeting]) -> list[CameoEvent]:
    """Directed CAMEO events, both ways for every pair of participants whose countries are known.

    Codes: 036 planned; 041 call; 042 a visitor towards the host, 043 the
    host towards the visitor; 044 a meeting in a country neither side comes
    from; 040 any other meeting. Actors are the alpha-3 code plus ``GOV``;
    the date is the first day of the meeting's span.

    >>> cameo_events([])
    []
    """
    events = []
    for meeting in meetings:
        people = [p for p in meeting.participants if p.country is not None]
        url = meeting.source.url if meeting.source else None
        for source in people:
            for target in people:
                if source is not target:
                    events.append(
                        CameoEvent(
                            date=meeting.date.start if meeting.date else None,
                            source_actor=f"{source.country}GOV",
                            target_actor=f"{target.country}GOV",
                            code=_cameo_code(meeting, source, target),
                            source_name=source.name,
                            target_name=target.name,
                            evidence=meeting.evidence.text,
                            url=url,
                        )
                    )
    return events


def write_cameo(meetings: Iterable[Meeting], stream: TextIO) -> int:
    """Write :func:`cameo_events` as CSV with a header; returns the number of rows.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_cameo([], buffer), buffer.getvalue().strip()
    (0, 'date,source_actor,target_actor,code,source_name,target_name,evidence,url')
    """
    columns = tuple(field.name for field in attrs.fields(CameoEvent))
    return _write_rows((attrs.asdict(event) for event in cameo_events(meetings)), columns, stream)


# -- optional extras --------------------------------------------------------------------


def _extra(module: str, extra: str, caller: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        message = f"{caller}() needs {module}: pip install 'diplomacy-events[{extra}]'"
        raise MissingExtraError(message) from None


def to_dataframe(meetings: Iterable[Meeting], *, pairs: bool = False) -> Any:
    """A pandas DataFrame of :func:`meeting_records` (or :func:`pair_records`), dates as datetimes.

    Needs the ``pandas`` extra.

    >>> list(to_dataframe([]).columns[:2])  # doctest: +SKIP
    ['date_start', 'date_end']
    """
    pandas = _extra("pandas", "pandas", "to_dataframe")
    records, columns = (pair_records(meetings), PAIR_COLUMNS) if pairs else (meeting_records(meetings), MEETING_COLUMNS)
    frame = pandas.DataFrame.from_records(records, columns=list(columns))
    for column in ("date_start", "date_end", "published"):
        frame[column] = pandas.to_datetime(frame[column])
    return frame


def _node(p: Participant) -> str:
    """A participant's node: the leader id, else the name, else the country code."""
    return p.leader_id or p.name or str(p.country)


def to_graph(meetings: Iterable[Meeting]) -> Any:
    """A networkx Graph: leaders as nodes, meetings as edges weighted by their number, with dates.

    A node is keyed by leader id (else name, else country code) and carries
    ``name`` and ``country``; an edge carries ``weight`` and ``dates`` (the
    meetings' :class:`~diplomacy_events.model.DateSpan`, ``None`` if undated,
    in input order). Needs the ``graph`` extra.

    >>> to_graph([]).number_of_nodes()  # doctest: +SKIP
    0
    """
    networkx = _extra("networkx", "graph", "to_graph")
    graph = networkx.Graph()
    for meeting in meetings:
        for p in meeting.participants:
            graph.add_node(_node(p), name=p.name, country=str(p.country) if p.country else None)
        for first, second in itertools.combinations(meeting.participants, 2):
            a, b = _node(first), _node(second)
            if a != b:
                if not graph.has_edge(a, b):
                    graph.add_edge(a, b, weight=0, dates=[])
                graph[a][b]["weight"] += 1
                graph[a][b]["dates"].append(meeting.date)
    return graph
