"""Pictures of meetings: a timeline and a network, drawn with matplotlib (the ``plot`` extra).

matplotlib is imported on first use, never with the package; without it
these functions raise :class:`~diplomacy_events.errors.MissingExtraError`
saying ``pip install 'diplomacy-events[plot]'``. Both pictures take an
:class:`~diplomacy_events.collection.EventCollection` (or meetings and
summits in any mix) and return a matplotlib ``Figure``, drawn without
pyplot (nothing is shown or kept open); :func:`save_figure` writes one as
PNG or SVG. The network is laid out without networkx: on a circle, or where
``positions`` says.

>>> from diplomacy_events.collection import EventCollection
>>> figure = plot_network(EventCollection([]))  # doctest: +SKIP
>>> save_figure(figure, "network.svg")  # doctest: +SKIP
PosixPath('network.svg')
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .collection import EventCollection
from .errors import InvalidValueError, import_extra
from .export import Level, meeting_nodes, network_records
from .model import Meeting, MeetingKind, Status, Summit

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["KIND_COLOURS", "KIND_MARKERS", "plot_network", "plot_timeline", "save_figure"]

#: The matplotlib marker of each kind of meeting on a timeline.
KIND_MARKERS = {MeetingKind.MEETING: "o", MeetingKind.VISIT: "^", MeetingKind.CALL: "s", MeetingKind.SUMMIT: "D"}
#: The colour of each kind of meeting (colour-blind-safe, from the Okabe-Ito palette).
KIND_COLOURS = {
    MeetingKind.MEETING: "#0072B2",
    MeetingKind.VISIT: "#009E73",
    MeetingKind.CALL: "#E69F00",
    MeetingKind.SUMMIT: "#CC79A7",
}
_BAND = "#DDDDDD"
_EDGE = "#888888"
_NODE = "#56B4E9"


def _collection(events: EventCollection | Iterable[Meeting | Summit]) -> EventCollection:
    return events if isinstance(events, EventCollection) else EventCollection(events)


def _canvas(ax: Axes | None, size: tuple[float, float], caller: str) -> tuple[Figure, Axes]:
    """The figure and axes to draw on: those of the given axes, or a new figure's (made without pyplot)."""
    if ax is None:
        figure: Figure = import_extra("matplotlib.figure", "plot", caller).Figure(figsize=size, layout="constrained")
        return figure, figure.add_subplot()
    root = ax.get_figure(root=True)
    if root is None:
        raise InvalidValueError("ax", ax, "belongs to no figure")
    return root, ax


def _day(day: dt.date, dates: Any) -> float:
    """A day as matplotlib's date number (its midnight)."""
    return float(dates.date2num(dt.datetime(day.year, day.month, day.day)))


def _summit_bands(ax: Axes, summits: Iterable[Summit], dates: Any) -> int:
    """Grey bands over the dated summits' days, named above the plot; returns how many."""
    count = 0
    for number, summit in enumerate(s for s in summits if s.date is not None):
        assert summit.date is not None  # for mypy: filtered above
        start, end = _day(summit.date.start, dates), _day(summit.date.end, dates) + 1
        ax.axvspan(start, end, color=_BAND, zorder=0, gid=f"summit-{number}")
        ax.text(start, 1.01, summit.name, transform=ax.get_xaxis_transform(), va="bottom", ha="left", fontsize=8)
        count += 1
    return count


def _timeline_marks(ax: Axes, meetings: list[Meeting], rows: dict[str, int], by: Level, dates: Any) -> None:
    """Each meeting: a mark per participant (filled if it happened, hollow if planned), linked, spanning its days."""

    def middle(m: Meeting) -> float:
        assert m.date is not None  # only dated meetings are drawn
        return (_day(m.date.start, dates) + _day(m.date.end, dates) + 1) / 2

    for m in meetings:
        assert m.date is not None
        ys = [rows[node] for node in meeting_nodes(m, by=by)]
        colour = KIND_COLOURS[m.kind]
        if len(ys) > 1:
            ax.vlines(middle(m), min(ys), max(ys), colors=colour, linewidth=1, alpha=0.6, zorder=2)
        if m.date.days > 1:  # a vague date: its whole span
            start, end = _day(m.date.start, dates), _day(m.date.end, dates) + 1
            ax.hlines(ys, start, end, colors=colour, linewidth=4, alpha=0.3, zorder=2)
    for kind in MeetingKind:
        for status in Status:
            chosen = [m for m in meetings if m.kind is kind and m.status is status]
            points = [(middle(m), rows[node]) for m in chosen for node in meeting_nodes(m, by=by)]
            if points:
                colour, filled = KIND_COLOURS[kind], status is Status.OCCURRED
                ax.scatter(
                    [x for x, _ in points],
                    [y for _, y in points],
                    marker=KIND_MARKERS[kind],
                    s=64,
                    facecolors=colour if filled else "none",
                    edgecolors=colour,
                    linewidths=1.5,
                    zorder=3,
                    gid=f"marks-{kind.value}-{status.value}",
                )


def _timeline_legend(ax: Axes, meetings: list[Meeting], bands: int) -> None:
    lines = import_extra("matplotlib.lines", "plot", "plot_timeline")
    patches = import_extra("matplotlib.patches", "plot", "plot_timeline")
    handles: list[Any] = []
    for kind in MeetingKind:
        if any(m.kind is kind for m in meetings):
            style = {"marker": KIND_MARKERS[kind], "color": KIND_COLOURS[kind], "linestyle": "none"}
            handles.append(lines.Line2D([], [], label=kind.value, **style))
    if any(m.status is Status.PLANNED for m in meetings):
        handles.append(
            lines.Line2D([], [], marker="o", color="#444444", fillstyle="none", linestyle="none", label="planned")
        )
    if bands:
        handles.append(patches.Patch(color=_BAND, label="summit dates"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)


def plot_timeline(
    events: EventCollection | Iterable[Meeting | Summit],
    *,
    by: Level = "leader",
    ax: Axes | None = None,
    title: str | None = None,
) -> Figure:
    """A timeline: one row per leader (or country, ``by="country"``), meetings by date, summits as bands.

    Each meeting puts a mark on the row of each participant at the middle of
    its date span, shaped and coloured by kind (:data:`KIND_MARKERS`,
    :data:`KIND_COLOURS`), filled if it happened and hollow if planned; a
    thin line links the participants of one meeting, and a pale bar shows
    the whole span of a vaguely dated one ("in March"). Rows are in the
    order of each one's first meeting. Dated summits are grey bands with
    their names. Undated meetings cannot be placed: the x-axis label says
    how many were left out. Draws on ``ax`` if given (returning its figure).

    >>> from diplomacy_events.collection import EventCollection
    >>> plot_timeline(EventCollection([]), by="country").axes[0].get_title()  # doctest: +SKIP
    'Meetings by date'
    """
    dates = import_extra("matplotlib.dates", "plot", "plot_timeline")
    collection = _collection(events)
    meetings = [m for m in collection.timeline() if m.date is not None]
    rows: dict[str, int] = {}
    labels: list[str] = []
    for m in meetings:
        for node, attributes in meeting_nodes(m, by=by).items():
            if node not in rows:
                rows[node] = len(labels)
                labels.append(attributes["label"])
    figure, ax = _canvas(ax, (10.0, 1.6 + 0.42 * max(len(labels), 2)), "plot_timeline")
    bands = _summit_bands(ax, collection.summits, dates)
    _timeline_marks(ax, meetings, rows, by, dates)
    _timeline_legend(ax, meetings, bands)
    ax.set_yticks(range(len(labels)), labels=labels)
    ax.set_ylim(max(len(labels), 1) - 0.5, -0.5)
    locator = dates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    ax.grid(axis="y", color="#EEEEEE", zorder=0)
    undated = len(collection) - len(meetings)
    if undated:
        ax.set_xlabel(f"{undated} undated meeting{'s' if undated > 1 else ''} not shown")
    if not meetings:
        ax.text(0.5, 0.5, "no dated meetings", transform=ax.transAxes, ha="center", va="center")
    ax.set_title(title or "Meetings by date", pad=18 if bands else 6)  # room for the summits' names
    return figure


def _circle(nodes: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """Nodes evenly on the unit circle, clockwise from the top, grouped by country then label."""
    ordered = sorted(nodes, key=lambda node: (node.get("country", ""), node["label"]))
    if len(ordered) == 1:
        return {ordered[0]["id"]: (0.0, 0.0)}
    step = 2 * math.pi / max(len(ordered), 1)
    return {node["id"]: (math.sin(i * step), math.cos(i * step)) for i, node in enumerate(ordered)}


def plot_network(
    events: EventCollection | Iterable[Meeting | Summit],
    *,
    by: Level = "leader",
    ax: Axes | None = None,
    title: str | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Figure:
    """A network: leaders (or countries, ``by="country"``) as nodes, an edge per pair that met, by weight.

    Nodes and edges are those of
    :func:`~diplomacy_events.export.network_records`: a node's area grows
    with the number of its meetings, an edge's width with the number of
    meetings of the pair (planned ones included: pass ``events.occurred()``
    to leave them out), and each edge is labelled with that number. Nodes
    lie on a circle, grouped by country, unless ``positions`` maps every
    node id to a point (``networkx.spring_layout(to_graph(events))`` gives
    one). Draws on ``ax`` if given (returning its figure).

    >>> from diplomacy_events.collection import EventCollection
    >>> plot_network(EventCollection([])).axes[0].get_title()  # doctest: +SKIP
    'Who met whom'
    """
    collections = import_extra("matplotlib.collections", "plot", "plot_network")
    nodes, edges = network_records(_collection(events).meetings, by=by)
    place = dict(positions) if positions is not None else _circle(nodes)
    missing = [node["id"] for node in nodes if node["id"] not in place]
    if missing:
        raise InvalidValueError("positions", missing[:3], "has no position for these nodes")
    figure, ax = _canvas(ax, (7.0, 7.0), "plot_network")
    heaviest = max((edge["weight"] for edge in edges), default=1)
    segments = [(place[edge["source"]], place[edge["target"]]) for edge in edges]
    widths = [1.0 + 5.0 * edge["weight"] / heaviest for edge in edges]
    ax.add_collection(collections.LineCollection(segments, linewidths=widths, colors=_EDGE, zorder=1, gid="edges"))
    for edge, ((x1, y1), (x2, y2)) in zip(edges, segments, strict=True):
        box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"}
        ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(edge["weight"]), ha="center", va="center", fontsize=8, bbox=box)
    xs, ys = [place[node["id"]][0] for node in nodes], [place[node["id"]][1] for node in nodes]
    sizes = [120 + 60 * node["meetings"] for node in nodes]
    ax.scatter(xs, ys, s=sizes, color=_NODE, edgecolors="white", zorder=2, gid="nodes")
    for node, x, y in zip(nodes, xs, ys, strict=True):
        ha = "left" if x > 0.05 else "right" if x < -0.05 else "center"
        ax.annotate(
            node["label"],
            (x, y),
            xytext=(x * 10, y * 10 + (10 if ha == "center" else 0)),
            textcoords="offset points",
            ha=ha,
            va="center",
        )
    ax.set_aspect("equal")
    ax.margins(0.35)
    ax.set_axis_off()
    if not nodes:
        ax.text(0.5, 0.5, "no meetings", transform=ax.transAxes, ha="center", va="center")
    ax.set_title(title or "Who met whom")
    return figure


def save_figure(figure: Figure, path: str | Path) -> Path:
    """Write ``figure`` as PNG or SVG, chosen by the file name's suffix; returns the path.

    An SVG keeps its text as text (searchable, and checked by the tests) and
    carries no date, so the same figure gives the same file. Any other
    suffix raises :class:`~diplomacy_events.errors.InvalidValueError`.

    >>> save_figure(plot_timeline([]), "timeline.svg")  # doctest: +SKIP
    PosixPath('timeline.svg')
    """
    target = Path(path)
    form = target.suffix.lower().lstrip(".")
    if form not in ("png", "svg"):
        raise InvalidValueError("path", str(path), "must end in .png or .svg")
    matplotlib = import_extra("matplotlib", "plot", "save_figure")
    settings = {"svg.fonttype": "none", "svg.hashsalt": "diplomacy-events"}
    metadata = {"Date": None} if form == "svg" else {"Software": None}
    with matplotlib.rc_context(settings):
        figure.savefig(target, format=form, dpi=120, metadata=metadata)
    return target
