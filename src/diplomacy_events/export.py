"""Exports of meetings: JSON Lines (lossless), CSV (wide and long), CAMEO and PLOVER events, pandas and networkx.

Every flat row names the document it came from (:data:`SOURCE_COLUMNS`:
``document_id``, ``outlet``, ``title``, ``published``, ``url``), so rows join
back to the corpus, and the ``meeting`` column (the meeting's number in the
export) joins the meeting, participant, pair, CAMEO and PLOVER rows of one
export. pandas and networkx are optional extras, imported only by
:func:`to_dataframe` and :func:`to_graph`; without them those raise
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
import functools
import itertools
import json
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TextIO

import attrs

from .collection import EventCollection
from .errors import BadInputError, InvalidValueError, import_extra
from .model import Meeting, MeetingKind, Participant, Source, Status, Summit
from .serialize import from_dict, to_dict

if TYPE_CHECKING:
    import networkx
    import pandas

__all__ = [
    "MEETING_COLUMNS",
    "PAIR_COLUMNS",
    "PARTICIPANT_COLUMNS",
    "SOURCE_COLUMNS",
    "CameoCode",
    "CameoEvent",
    "Level",
    "Rows",
    "cameo_codes",
    "cameo_events",
    "meeting_nodes",
    "meeting_records",
    "network_records",
    "pair_records",
    "participant_records",
    "plover_events",
    "read_jsonl",
    "to_dataframe",
    "to_graph",
    "write_cameo",
    "write_csv",
    "write_jsonl",
    "write_plover",
]

#: What a flat row stands for: a meeting, one participant of a meeting, or one pair of participants.
Rows = Literal["meeting", "participant", "pair"]
#: What a node of a network (and a row of a timeline) stands for: a leader or a country.
Level = Literal["leader", "country"]

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


def _identified(source: Source | None, line_id: Any) -> Source | None:
    """``source`` with the ``batch`` line's id when it has none (results written before sources had ids)."""
    if isinstance(line_id, bool) or not isinstance(line_id, (str, int)) or line_id == "":
        return source
    if source is None:
        return Source(id=str(line_id))
    return source if source.id else attrs.evolve(source, id=str(line_id))


def _line_items(data: Any) -> list[Meeting | Summit]:
    """The meetings and summits of one line: a Meeting, a Summit, or a ``batch`` result."""
    if not isinstance(data, dict):
        raise BadInputError("a line must hold a JSON object", data)
    if "meetings" in data or "summits" in data:
        source = from_dict(data["source"], Source) if isinstance(data.get("source"), dict) else None
        meetings = [from_dict(m, Meeting) for m in data.get("meetings", ())]
        summits = [from_dict(s, Summit) for s in data.get("summits", ())]
        line_id = data.get("id")
        return [
            *(attrs.evolve(m, source=_identified(m.source or source, line_id)) for m in meetings),
            *(attrs.evolve(s, source=_identified(s.source or source, line_id)) for s in summits),
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
    line's, and a source without an ``id`` gets the line's ``id``. Blank lines are skipped; a bad line raises
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

#: The columns naming a row's document: its id in your corpus, outlet, title, publication date and URL.
SOURCE_COLUMNS = ("document_id", "outlet", "title", "published", "url")
#: The columns of :func:`meeting_records` (one row per meeting; "wide" form).
MEETING_COLUMNS = (
    "meeting",
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
    *SOURCE_COLUMNS,
    "evidence",
)
_PEOPLE_COLUMNS = ("participants", "leader_ids", "countries")
_DETAIL_COLUMNS = tuple(c for c in MEETING_COLUMNS[1:] if c not in _PEOPLE_COLUMNS)
_PARTY_COLUMNS = ("name", "leader_id", "country", "role", "mention")
#: The columns of :func:`participant_records` (one row per participant of a meeting; "long" form).
PARTICIPANT_COLUMNS = ("meeting", *_PARTY_COLUMNS, *_DETAIL_COLUMNS)
#: The columns of :func:`pair_records` (one row per unordered participant pair).
PAIR_COLUMNS = (
    "meeting",
    *(f"a_{c}" for c in _PARTY_COLUMNS),
    *(f"b_{c}" for c in _PARTY_COLUMNS),
    *_DETAIL_COLUMNS,
)


def _source_record(source: Source | None) -> dict[str, Any]:
    """The :data:`SOURCE_COLUMNS` of a record's source (all ``None`` without one)."""
    if source is None:
        return dict.fromkeys(SOURCE_COLUMNS)
    return {
        "document_id": source.id,
        "outlet": source.outlet,
        "title": source.title,
        "published": source.published,
        "url": source.url,
    }


def _meeting_record(number: int, meeting: Meeting) -> dict[str, Any]:
    people, span, place = meeting.participants, meeting.date, meeting.place
    return {
        "meeting": number,
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
        **_source_record(meeting.source),
        "evidence": meeting.evidence.text,
    }


def _party_record(prefix: str, p: Participant) -> dict[str, Any]:
    values = (
        p.name,
        p.leader_id,
        str(p.country) if p.country else None,
        p.role.value if p.role else None,
        p.mention or None,
    )
    return {f"{prefix}{column}": value for column, value in zip(_PARTY_COLUMNS, values, strict=True)}


def meeting_records(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One flat record per meeting, keyed by :data:`MEETING_COLUMNS` (dates as ``datetime.date``).

    ``meeting`` numbers the meetings from 1 in input order; the participants'
    names, ids and countries are joined by ``"; "``.

    >>> meeting_records([])
    []
    """
    return [_meeting_record(number, m) for number, m in enumerate(meetings, start=1)]


def participant_records(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One flat record per participant of each meeting ("long" form), keyed by :data:`PARTICIPANT_COLUMNS`.

    The rows of one meeting share its ``meeting`` number and its columns.

    >>> participant_records([])
    []
    """
    records = []
    for number, meeting in enumerate(meetings, start=1):
        details = {k: v for k, v in _meeting_record(number, meeting).items() if k not in _PEOPLE_COLUMNS}
        records += [{"meeting": number, **_party_record("", p), **details} for p in meeting.participants]
    return records


def pair_records(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One flat record per unordered participant pair, keyed by :data:`PAIR_COLUMNS`.

    >>> pair_records([])
    []
    """
    records = []
    for number, meeting in enumerate(meetings, start=1):
        details = {k: v for k, v in _meeting_record(number, meeting).items() if k not in _PEOPLE_COLUMNS}
        for first, second in itertools.combinations(meeting.participants, 2):
            records.append({"meeting": number, **_party_record("a_", first), **_party_record("b_", second), **details})
    return records


def _records(meetings: Iterable[Meeting], rows: Rows) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    if rows == "meeting":
        return meeting_records(meetings), MEETING_COLUMNS
    if rows == "participant":
        return participant_records(meetings), PARTICIPANT_COLUMNS
    if rows == "pair":
        return pair_records(meetings), PAIR_COLUMNS
    raise InvalidValueError("rows", rows, "must be 'meeting', 'participant' or 'pair'")


def _write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: "" if v is None else str(v) for k, v in row.items()})
        count += 1
    return count


def write_csv(meetings: Iterable[Meeting], stream: TextIO, *, rows: Rows = "meeting") -> int:
    """Write CSV with a header: a row per meeting ("wide"), per participant ("long") or per pair.

    ``rows`` is ``"meeting"`` (:data:`MEETING_COLUMNS`), ``"participant"``
    (:data:`PARTICIPANT_COLUMNS`) or ``"pair"`` (:data:`PAIR_COLUMNS`).
    Returns the number of rows. Empty cells stand for missing values; dates
    are ISO 8601.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_csv([], buffer, rows="participant")
    0
    >>> buffer.getvalue().split(",")[:3]
    ['meeting', 'name', 'leader_id']
    """
    records, columns = _records(meetings, rows)
    return _write_rows(records, columns, stream)


# -- CAMEO ------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CameoCode:
    """A CAMEO event code with its name, quad class (1-4) and Goldstein score (-10 to +10).

    Attributes:
        code: The three-digit code ("042").
        name: The codebook's name for it ("Make a visit").
        quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        goldstein: The Goldstein score, from -10 (conflict) to +10 (cooperation).

    >>> cameo_codes()["042"].goldstein
    1.9
    """

    code: str
    name: str
    quad_class: int
    goldstein: float


@functools.cache
def cameo_codes() -> dict[str, CameoCode]:
    """The CAMEO codes :func:`cameo_events` uses, from the package data file ``cameo.json``.

    The file names its sources: the CAMEO codebook for the names, the GDELT
    project's tables for the Goldstein scores and quad classes.

    >>> sorted(cameo_codes())
    ['036', '040', '041', '042', '043', '044']
    >>> cameo_codes()["036"].quad_class
    1
    """
    from importlib import resources  # only when CAMEO rows are asked for

    data = json.loads((resources.files("diplomacy_events") / "data" / "cameo.json").read_text("utf-8"))
    return {code: CameoCode(code=code, **fields) for code, fields in data["codes"].items()}


@attrs.frozen(kw_only=True)
class CameoEvent:
    """One directed, CAMEO-coded event between two governments (``RUSGOV`` -> ``TURGOV``).

    Attributes:
        meeting: The number of the meeting the row comes from (1 for the first given).
        date: The meeting's first day; ``None`` when undated.
        date_end: The meeting's last day.
        date_precision: How exactly the text dates it ("day", "month", ...).
        source_actor: The acting side: a country code and the government sector (``RUSGOV``).
        target_actor: The side acted towards (``TURGOV``).
        code: The CAMEO event code (see :func:`cameo_codes`).
        quad_class: The code's quad class (1 verbal cooperation ... 4 material conflict).
        goldstein: The code's Goldstein score, from -10 (conflict) to +10 (cooperation).
        source_name: The acting leader's name.
        target_name: The other leader's name.
        evidence: The sentence that reports the meeting.
        document_id: The id of the document that reports it (see :data:`SOURCE_COLUMNS`).
        outlet: The document's outlet.
        title: The document's title.
        published: The document's publication date.
        url: The document's address.

    >>> CameoEvent(date=None, source_actor="RUSGOV", target_actor="TURGOV", code="040").root
    '04'
    """

    meeting: int = 0
    date: dt.date | None
    date_end: dt.date | None = None
    date_precision: str | None = None
    source_actor: str
    target_actor: str
    code: str
    quad_class: int | None = None
    goldstein: float | None = None
    source_name: str | None = None
    target_name: str | None = None
    evidence: str = ""
    document_id: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None

    @property
    def root(self) -> str:
        """The two-digit CAMEO root code (``"03"`` for intentions, ``"04"`` for consultations)."""
        return self.code[:2]


def _cameo_code(meeting: Meeting, source: Participant, target: Participant) -> str:
    """The code of ``source`` acting towards ``target`` in ``meeting`` (see :func:`cameo_codes`)."""
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
    the date is the first day of the meeting's span, and ``date_end`` and
    ``date_precision`` keep the rest of it.

    >>> cameo_events([])
    []
    """
    codes = cameo_codes()
    events = []
    for number, meeting in enumerate(meetings, start=1):
        people = [p for p in meeting.participants if p.country is not None]
        span = meeting.date
        shared: dict[str, Any] = {
            "meeting": number,
            "date": span.start if span else None,
            "date_end": span.end if span else None,
            "date_precision": span.precision.value if span else None,
            "evidence": meeting.evidence.text,
            **_source_record(meeting.source),
        }
        for source, target in itertools.permutations(people, 2):
            code = codes[_cameo_code(meeting, source, target)]
            events.append(
                CameoEvent(
                    source_actor=f"{source.country}GOV",
                    target_actor=f"{target.country}GOV",
                    code=code.code,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    source_name=source.name,
                    target_name=target.name,
                    **shared,
                )
            )
    return events


def write_cameo(meetings: Iterable[Meeting], stream: TextIO) -> int:
    """Write :func:`cameo_events` as CSV with a header (the fields of :class:`CameoEvent`); returns the row count.

    >>> import io
    >>> buffer = io.StringIO()
    >>> write_cameo([], buffer), buffer.getvalue().split(",")[:4]
    (0, ['meeting', 'date', 'date_end', 'date_precision'])
    """
    columns = tuple(field.name for field in attrs.fields(CameoEvent))
    return _write_rows((attrs.asdict(event) for event in cameo_events(meetings)), columns, stream)


# -- PLOVER -----------------------------------------------------------------------------


def _plover_actor(p: Participant) -> dict[str, Any]:
    """A PLOVER actor object: country code, the government sector, the words used, our leader id and name."""
    actor = {
        "code": str(p.country) if p.country else None,
        "sector": "GOV",
        "actor_text": p.mention or p.name,
        "identifier_id": p.leader_id,
        "identifier_text": p.name,
        "office": p.role.value if p.role else None,
    }
    return {k: v for k, v in actor.items() if v is not None}


def _plover_modes(meeting: Meeting) -> list[str]:
    """The PLOVER CONSULT modes of a meeting: phone, visit, multilateral, third-party (as many as apply)."""
    modes = []
    if meeting.kind is MeetingKind.CALL:
        modes.append("phone")
    if meeting.kind is MeetingKind.VISIT:
        modes.append("visit")
    if meeting.summit or meeting.kind is MeetingKind.SUMMIT:
        modes.append("multilateral")
    if meeting.place is not None and meeting.place.country.code not in meeting.countries:
        modes.append("third-party")
    return modes


def _plover_sides(meeting: Meeting) -> tuple[list[Participant], list[Participant]]:
    """Source and recipient: the visitors and the hosts of a visit whose host is known, else everyone and nobody."""
    if meeting.kind is MeetingKind.VISIT and meeting.host is not None:
        hosts = [p for p in meeting.participants if p.country == meeting.host]
        visitors = [p for p in meeting.participants if p.country != meeting.host]
        if hosts and visitors:
            return visitors, hosts
    return list(meeting.participants), []


def _plover_event(number: int, identifier: str, meeting: Meeting) -> dict[str, Any]:
    from . import __version__

    span, place, source = meeting.date, meeting.place, meeting.source
    sources, recipients = _plover_sides(meeting)
    record = _source_record(source)
    cite = {
        "citation": record["document_id"],
        "url": record["url"],
        "title": record["title"],
        "publication": record["outlet"],
        "published": record["published"].isoformat() if record["published"] else None,
    }
    return {
        "id": identifier,
        "meeting": number,
        "date": span.start.isoformat() if span else None,
        "enddate": span.end.isoformat() if span else None,
        "date_precision": span.precision.value if span else None,
        "event": ["CONSULT"],
        "mode": _plover_modes(meeting),
        "context": ["future"] if meeting.status is Status.PLANNED else [],
        "source": [_plover_actor(p) for p in sources],
        "recipient": [_plover_actor(p) for p in recipients],
        "event_loc": {k: v for k, v in (("name", place.city), ("cc3", str(place.country))) if v} if place else None,
        "event_text": [meeting.evidence.text],
        "quad_code": 1,
        "link": meeting.summit,
        "text_info": {"start": meeting.evidence.start, "end": meeting.evidence.end},
        "cite_info": {k: v for k, v in cite.items() if v is not None},
        "coder": f"diplomacy_events {__version__}",
        "confidence": meeting.confidence,
    }


def plover_events(meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """One PLOVER event record (a JSON-ready dict) per meeting: event type CONSULT with its modes.

    Follows the PLOVER specification (Open Event Data Alliance): ``event`` is
    ``["CONSULT"]``; ``mode`` lists ``"phone"`` (a call), ``"visit"``,
    ``"multilateral"`` (at a summit) and ``"third-party"`` (in a country no
    participant comes from) as they apply; ``context`` is ``["future"]`` for
    a planned meeting. The visitors of a visit whose host is known are the
    ``source`` and the hosts the ``recipient``; otherwise every participant
    is a source, as the specification says for meetings without a host.
    ``date``/``enddate`` are the span's first and last day (``null`` when
    undated, and ``date_precision`` says how exact); ``event_loc`` has the
    city as ``name`` and the alpha-3 code as ``cc3``; ``event_text`` is the
    evidence; ``link`` the summit; ``cite_info`` the document (``citation``
    is its id). ``id`` is ``"<document id>#<n>"`` (the n-th meeting of that
    document in the export), else ``"meeting-<n>"``.

    >>> plover_events([])
    []
    """
    per_document: Counter[str] = Counter()
    events = []
    for number, meeting in enumerate(meetings, start=1):
        document = meeting.source.id if meeting.source else None
        if document:
            per_document[document] += 1
            identifier = f"{document}#{per_document[document]}"
        else:
            identifier = f"meeting-{number}"
        events.append(_plover_event(number, identifier, meeting))
    return events


def write_plover(meetings: Iterable[Meeting], stream: TextIO) -> int:
    """Write :func:`plover_events` as JSON Lines (the form PLOVER recommends); returns the count.

    >>> import io
    >>> write_plover([], io.StringIO())
    0
    """
    count = 0
    for event in plover_events(meetings):
        stream.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count


# -- networks ---------------------------------------------------------------------------


def _check_level(by: str) -> None:
    if by not in ("leader", "country"):
        raise InvalidValueError("by", by, "must be 'leader' or 'country'")


def _node_key(p: Participant, by: Level) -> str | None:
    """A participant's node: for leaders the id, else the name, else the country code; for countries the code."""
    if by == "country":
        return p.country.code if p.country else None
    return p.leader_id or p.name or str(p.country)


def _node_attributes(p: Participant, by: Level) -> dict[str, Any]:
    if by == "country" and p.country is not None:
        return {"label": p.country.code, "name": p.country.name, "country": p.country.code}
    attributes = {
        "label": p.name or f"({p.country})",
        "name": p.name,
        "leader_id": p.leader_id,
        "country": str(p.country) if p.country else None,
    }
    return {k: v for k, v in attributes.items() if v is not None}


def meeting_nodes(meeting: Meeting, *, by: Level = "leader") -> dict[str, dict[str, Any]]:
    """The nodes a meeting's participants are, each once, in participant order: node id -> attributes.

    ``by="leader"`` keys a participant by leader id, else name, else country
    code; ``by="country"`` by alpha-3 code (a participant without a country
    is left out). The attributes are ``label`` and, where known, ``name``,
    ``leader_id`` and ``country``.

    >>> from diplomacy_events import Country, Evidence, MeetingKind, Participant, Status
    >>> talks = Meeting(participants=(Participant(name="Ana Ruiz", country=Country(code="ESP")),
    ...                               Participant(country=Country(code="PRT"))),
    ...                 kind=MeetingKind.CALL, status=Status.OCCURRED, evidence=Evidence(text="", start=0, end=0))
    >>> {node: attributes["label"] for node, attributes in meeting_nodes(talks).items()}
    {'Ana Ruiz': 'Ana Ruiz', 'PRT': '(PRT)'}
    >>> list(meeting_nodes(talks, by="country"))
    ['ESP', 'PRT']
    """
    _check_level(by)
    nodes: dict[str, dict[str, Any]] = {}
    for p in meeting.participants:
        key = _node_key(p, by)
        if key is not None and key not in nodes:
            nodes[key] = _node_attributes(p, by)
    return nodes


def network_records(
    meetings: Iterable[Meeting], *, by: Level = "leader"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The nodes and edges of the network of who met whom: plain records of strings, numbers and ISO dates.

    A node (see :func:`meeting_nodes`) has ``id``, ``label``, ``meetings``
    (how many meetings it took part in) and, where known, ``name``,
    ``leader_id`` and ``country``. An edge joins every two participants of a
    meeting and has ``source`` and ``target`` (node ids, in sorted order),
    ``weight`` (the number of meetings, planned ones included), ``first``
    and ``last`` (ISO dates of the first day and the last day of its dated
    meetings; absent when none is dated), and ``dates``, ``kinds`` and
    ``documents``: the meetings' dates (``undated`` for none), kinds and
    document ids, in input order, joined by ``"; "``. Participants without
    a country are left out of a country network, as are meetings within one
    country. :func:`to_graph` builds a networkx graph from these records.

    >>> network_records([])
    ([], [])
    """
    _check_level(by)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], list[Meeting]] = {}
    for meeting in meetings:
        found = meeting_nodes(meeting, by=by)
        for key, attributes in found.items():
            node = nodes.setdefault(key, {"id": key, **attributes, "meetings": 0})
            node["meetings"] += 1
        for pair in itertools.combinations(sorted(found), 2):
            edges.setdefault(pair, []).append(meeting)
    return list(nodes.values()), [_edge_record(a, b, found) for (a, b), found in edges.items()]


def _edge_record(a: str, b: str, meetings: list[Meeting]) -> dict[str, Any]:
    spans = [m.date for m in meetings if m.date is not None]
    edge: dict[str, Any] = {"source": a, "target": b, "weight": len(meetings)}
    if spans:
        edge["first"] = min(span.start for span in spans).isoformat()
        edge["last"] = max(span.end for span in spans).isoformat()
    edge["dates"] = "; ".join(str(m.date) if m.date else "undated" for m in meetings)
    edge["kinds"] = "; ".join(m.kind.value for m in meetings)
    edge["documents"] = "; ".join((m.source.id if m.source else None) or "" for m in meetings)
    return edge


# -- optional extras --------------------------------------------------------------------


def to_dataframe(meetings: Iterable[Meeting], *, rows: Rows = "meeting") -> pandas.DataFrame:
    """A pandas DataFrame of the rows :func:`write_csv` writes, dates as datetimes.

    ``rows`` is ``"meeting"``, ``"participant"`` or ``"pair"``, as for
    :func:`write_csv`; ``date_start``, ``date_end`` and ``published`` are
    ``datetime64`` columns. Needs the ``pandas`` extra.

    >>> list(to_dataframe([]).columns[:3])  # doctest: +SKIP
    ['meeting', 'date_start', 'date_end']
    """
    pandas = import_extra("pandas", "pandas", "to_dataframe")
    records, columns = _records(meetings, rows)
    frame = pandas.DataFrame.from_records(records, columns=list(columns))
    for column in ("date_start", "date_end", "published"):
        frame[column] = pandas.to_datetime(frame[column])
    return frame


def to_graph(meetings: Iterable[Meeting], *, by: Level = "leader") -> networkx.Graph:
    """A networkx Graph of :func:`network_records`: leaders (or countries) as nodes, meetings as weighted edges.

    Every attribute is a string, an integer or an ISO date string, so
    ``networkx.write_gexf`` and ``networkx.write_graphml`` write the graph
    as it is. Needs the ``graph`` extra.

    >>> to_graph([]).number_of_nodes()  # doctest: +SKIP
    0
    """
    networkx = import_extra("networkx", "graph", "to_graph")
    nodes, edges = network_records(meetings, by=by)
    graph = networkx.Graph()
    graph.add_nodes_from((node["id"], {k: v for k, v in node.items() if k != "id"}) for node in nodes)
    graph.add_edges_from(
        (edge["source"], edge["target"], {k: v for k, v in edge.items() if k not in ("source", "target")})
        for edge in edges
    )
    return graph
