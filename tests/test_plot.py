"""Pictures: the timeline and the network render to valid PNG and SVG with the expected marks and labels.

Marks are counted in the SVG (each mark is a ``<use>`` in the group named
``marks-<kind>-<status>``) and in matplotlib's artists. The facts are
invented for the tests.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import strategies
from diplomacy_events import (
    Country,
    DateSpan,
    Evidence,
    Meeting,
    MeetingKind,
    Participant,
    Place,
    Status,
    Summit,
)
from diplomacy_events.cli import main
from diplomacy_events.collection import EventCollection
from diplomacy_events.errors import InvalidValueError, MissingExtraError
from diplomacy_events.export import meeting_nodes, write_jsonl

ESP, PRT, TUR = (Country(code=c) for c in ("ESP", "PRT", "TUR"))
RUIZ = Participant(name="Ana Ruiz", country=ESP, leader_id="ana-ruiz")
SOTO = Participant(name="Luis Soto", country=ESP, leader_id="luis-soto")
LIMA = Participant(name="João Lima", country=PRT, leader_id="joao-lima")
KAYA = Participant(name="Emre Kaya", country=TUR, leader_id="emre-kaya")
SVG = "{http://www.w3.org/2000/svg}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DOCS_IMAGES = Path(__file__).resolve().parents[1] / "docs" / "images"


def meeting(*people: Participant, **fields: Any) -> Meeting:
    text = fields.pop("text", "They met.")
    base: dict[str, Any] = {"kind": MeetingKind.MEETING, "status": Status.OCCURRED}
    return Meeting(participants=people, evidence=Evidence(text=text, start=0, end=len(text)), **{**base, **fields})


def day(number: int) -> DateSpan:
    return DateSpan.from_date(dt.date(2016, 3, number))


HARBOUR = Summit(
    name="Harbour summit",
    status=Status.OCCURRED,
    date=DateSpan(start=dt.date(2016, 3, 10), end=dt.date(2016, 3, 11)),
    place=Place(country=PRT, city="Porto"),
)
EVENTS = EventCollection(
    [
        meeting(RUIZ, LIMA, date=day(3)),
        meeting(RUIZ, KAYA, kind=MeetingKind.CALL, date=day(5)),
        meeting(LIMA, KAYA, RUIZ, kind=MeetingKind.SUMMIT, date=day(10), summit="Harbour summit"),
        meeting(KAYA, LIMA, kind=MeetingKind.VISIT, host=PRT, status=Status.PLANNED, date=DateSpan.from_month(2016, 4)),
        meeting(RUIZ, SOTO, date=day(20)),  # two leaders of one country
        meeting(RUIZ, LIMA),  # undated: not on the timeline
        HARBOUR,
    ]
)
#: The marks of EVENTS on a timeline by leader: one per participant of each dated meeting.
LEADER_MARKS = {"meeting-occurred": 4, "call-occurred": 2, "summit-occurred": 3, "visit-planned": 2}
NAMES = {"Ana Ruiz", "Luis Soto", "João Lima", "Emre Kaya"}


def svg_of(figure: Any, tmp_path: Path, name: str = "picture.svg") -> ET.Element:
    from diplomacy_events.plot import save_figure

    path = save_figure(figure, tmp_path / name)
    return ET.fromstring(path.read_bytes())


def drawn_shapes(element: ET.Element) -> int:
    """The shapes an SVG element draws: ``<use>`` of a defined marker, or ``<path>`` (matplotlib writes either)."""
    return sum(
        1 if child.tag in (f"{SVG}use", f"{SVG}path") else drawn_shapes(child)
        for child in element
        if child.tag != f"{SVG}defs"
    )


def shapes(svg: ET.Element) -> dict[str, int]:
    """The number of shapes in each group the plots name: ``marks-<kind>-<status>``, ``nodes``, ``edges``."""
    return {
        group.attrib["id"]: drawn_shapes(group)
        for group in svg.iter(f"{SVG}g")
        if group.attrib.get("id", "").startswith("marks-") or group.attrib.get("id") in ("nodes", "edges")
    }


def marks(svg: ET.Element) -> dict[str, int]:
    """The number of marks in each ``marks-<kind>-<status>`` group."""
    return {name.removeprefix("marks-"): count for name, count in shapes(svg).items() if name.startswith("marks-")}


def texts(svg: ET.Element) -> set[str]:
    return {"".join(element.itertext()).strip() for element in svg.iter(f"{SVG}text")}


@pytest.fixture
def plot() -> Any:
    pytest.importorskip("matplotlib")
    from diplomacy_events import plot

    return plot


# -- the timeline -----------------------------------------------------------------------------------


def test_timeline_svg_has_a_mark_per_participant_shaped_by_kind(plot: Any, tmp_path: Path) -> None:
    svg = svg_of(EVENTS.plot_timeline(), tmp_path)
    assert marks(svg) == LEADER_MARKS
    shown = texts(svg)
    assert shown >= NAMES | {"Harbour summit", "meeting", "visit", "call", "summit", "planned"}
    assert "1 undated meeting not shown" in shown and "Meetings by date" in shown


def test_planned_marks_are_hollow_and_happened_ones_filled(plot: Any, tmp_path: Path) -> None:
    svg = svg_of(plot.plot_timeline(EVENTS), tmp_path)
    for group in svg.iter(f"{SVG}g"):
        name = group.attrib.get("id", "")
        if name.startswith("marks-"):
            shapes = [e for e in group.iter() if e.tag in (f"{SVG}use", f"{SVG}path") and "style" in e.attrib]
            fills = {shape.attrib["style"].split(";")[0] for shape in shapes}
            assert (fills == {"fill: none"}) is name.endswith("-planned"), (name, fills)


def test_summits_are_bands_over_their_days(plot: Any) -> None:
    (ax,) = plot.plot_timeline(EVENTS).axes
    (band,) = [patch for patch in ax.patches if patch.get_gid() == "summit-0"]
    left, right = band.get_x(), band.get_x() + band.get_width()
    dates = pytest.importorskip("matplotlib.dates")
    assert dates.num2date(left).date() == dt.date(2016, 3, 10) and dates.num2date(right).date() == dt.date(2016, 3, 12)


def test_timeline_by_country_has_a_row_per_country(plot: Any, tmp_path: Path) -> None:
    figure = plot.plot_timeline(EVENTS, by="country", title="Three countries")
    (ax,) = figure.axes
    assert [label.get_text() for label in ax.get_yticklabels()] == ["ESP", "PRT", "TUR"]
    expected = {**LEADER_MARKS, "meeting-occurred": 3}  # Ruiz and Soto are one mark for Spain
    assert marks(svg_of(figure, tmp_path)) == expected
    assert ax.get_title() == "Three countries"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(strategies.meetings(), max_size=6), st.sampled_from(["leader", "country"]))
def test_timeline_marks_equal_the_participants_of_dated_meetings(plot: Any, meetings: list[Meeting], by: Any) -> None:
    figure = plot.plot_timeline(meetings, by=by)
    drawn = Counter()
    for collection in figure.axes[0].collections:
        gid = collection.get_gid() or ""
        if gid.startswith("marks-"):
            drawn[gid.removeprefix("marks-")] += len(collection.get_offsets())
    expected = Counter()
    for m in meetings:
        if m.date is not None:
            expected[f"{m.kind.value}-{m.status.value}"] += len(meeting_nodes(m, by=by))
    assert drawn == expected


def test_an_empty_timeline_says_so(plot: Any, tmp_path: Path) -> None:
    assert "no dated meetings" in texts(svg_of(plot.plot_timeline([]), tmp_path))


def test_drawing_on_given_axes_returns_their_figure(plot: Any) -> None:
    figure_module = pytest.importorskip("matplotlib.figure")
    figure = figure_module.Figure()
    left, right = figure.subplots(1, 2)
    assert plot.plot_timeline(EVENTS, ax=left) is figure
    assert plot.plot_network(EVENTS, ax=right) is figure
    assert right.get_title() == "Who met whom"


# -- the network ------------------------------------------------------------------------------------


def test_network_png_is_valid_and_draws_each_node_and_pair(plot: Any, tmp_path: Path) -> None:
    figure = EVENTS.plot_network()
    path = plot.save_figure(figure, tmp_path / "network.png")
    assert path.read_bytes().startswith(PNG_SIGNATURE)
    (ax,) = figure.axes
    (nodes,) = [c for c in ax.collections if c.get_gid() == "nodes"]
    (edges,) = [c for c in ax.collections if c.get_gid() == "edges"]
    assert len(nodes.get_offsets()) == 4
    # pairs: Ruiz-Lima 3 (one undated, one at the summit), Ruiz-Kaya 2, Lima-Kaya 2 (one planned), Ruiz-Soto 1
    assert len(edges.get_segments()) == 4
    widths = sorted(edges.get_linewidths())
    assert widths[0] < widths[1] <= widths[2] < widths[3]
    weights = sorted(text.get_text() for text in ax.texts if text.get_text().isdigit())
    assert weights == ["1", "2", "2", "3"]


def test_network_svg_names_and_draws_the_nodes(plot: Any, tmp_path: Path) -> None:
    svg = svg_of(plot.plot_network(EVENTS), tmp_path)
    assert texts(svg) >= NAMES | {"Who met whom"}
    assert shapes(svg) == {"edges": 4, "nodes": 4}
    assert texts(svg_of(plot.plot_network(EVENTS, by="country"), tmp_path, "countries.svg")) >= {"ESP", "PRT", "TUR"}


def test_network_positions_are_used_and_must_cover_every_node(plot: Any) -> None:
    points = {"ana-ruiz": (0.0, 0.0), "luis-soto": (1.0, 0.0), "joao-lima": (0.0, 1.0), "emre-kaya": (1.0, 1.0)}
    (ax,) = plot.plot_network(EVENTS, positions=points).axes
    (nodes,) = [c for c in ax.collections if c.get_gid() == "nodes"]
    assert sorted(map(tuple, nodes.get_offsets().tolist())) == sorted(points.values())
    with pytest.raises(InvalidValueError, match="positions"):
        plot.plot_network(EVENTS, positions={"ana-ruiz": (0.0, 0.0)})


# -- saving and the extra ------------------------------------------------------------------------------


def test_only_png_and_svg_are_written(plot: Any, tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match=r"\.png or \.svg"):
        plot.save_figure(plot.plot_network([]), tmp_path / "network.pdf")


@pytest.mark.parametrize("name", ["plot_timeline", "plot_network"])
def test_without_matplotlib_a_typed_error_names_the_extra(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from diplomacy_events import plot

    for module in ("matplotlib", "matplotlib.dates", "matplotlib.collections", "matplotlib.figure"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=r"pip install 'diplomacy-events\[plot\]'"):
        getattr(EVENTS, name)()
    with pytest.raises(MissingExtraError, match="matplotlib"):
        getattr(plot, name)([])


# -- the command line ---------------------------------------------------------------------------------


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    with path.open("w", encoding="utf-8") as stream:
        write_jsonl(EVENTS, stream)
    return path


def test_plot_command_writes_a_timeline_svg_and_a_network_png(
    plot: Any, events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["plot", str(events_file), "--timeline", "-o", str(tmp_path / "t.svg")]) == 0
    assert marks(ET.fromstring((tmp_path / "t.svg").read_bytes())) == LEADER_MARKS
    assert main(["plot", str(events_file), "--network", "--by", "country", "-o", str(tmp_path / "n.PNG")]) == 0
    assert (tmp_path / "n.PNG").read_bytes().startswith(PNG_SIGNATURE)
    assert capsys.readouterr() == ("", "")  # silent on success


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--timeline", "-o", "out.pdf"], id="other-format"),
        pytest.param(["--timeline"], id="no-output"),
        pytest.param(["-o", "out.svg"], id="no-picture"),
        pytest.param(["--timeline", "--network", "-o", "out.svg"], id="two-pictures"),
    ],
)
def test_plot_usage_errors_exit_2(argv: list[str], events_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["plot", str(events_file), *argv])
    assert exited.value.code == 2 and "Traceback" not in capsys.readouterr().err


def test_plot_input_errors_are_one_line(plot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # as in query: events that cannot be opened are a usage error (2), a malformed line a data error (1)
    assert main(["plot", str(tmp_path / "missing.jsonl"), "--network", "-o", str(tmp_path / "n.svg")]) == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["plot", str(bad), "--network", "-o", str(tmp_path / "n.svg")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("diplomacy-events plot: error: ") for line in lines)
    assert "line 1" in lines[1] and not (tmp_path / "n.svg").exists()


def test_a_picture_that_cannot_be_written_is_a_usage_error(
    plot: Any, events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "n.svg"
    assert main(["plot", str(events_file), "--network", "-o", str(target)]) == 2
    assert capsys.readouterr().err.startswith(f"diplomacy-events plot: error: cannot write {target}: ")


def test_query_pipes_into_plot_through_the_real_entry_point(plot: Any, events_file: Path, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "diplomacy_events"]
    selected = subprocess.run(
        [*command, "query", str(events_file), "--involving", "Kaya", "--format", "jsonl"],
        capture_output=True,
        check=True,
    )
    done = subprocess.run(
        [*command, "plot", "-", "--timeline", "-o", str(tmp_path / "kaya.svg")],
        input=selected.stdout,
        capture_output=True,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    found = marks(ET.fromstring((tmp_path / "kaya.svg").read_bytes()))
    assert found == {"call-occurred": 2, "summit-occurred": 3, "visit-planned": 2}
    assert all("kind" in json.loads(line) for line in selected.stdout.splitlines())  # no summit names Kaya


# -- the pictures of the docs ----------------------------------------------------------------------------


def test_the_docs_pictures_show_what_their_script_draws(plot: Any, tmp_path: Path) -> None:
    """Run ``python docs/images/generate.py`` when this fails (the plots or the parser changed)."""
    spec = importlib.util.spec_from_file_location("generate_images", DOCS_IMAGES / "generate.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.main(tmp_path)
    for name in script.PICTURES:
        drawn, committed = (ET.fromstring((folder / name).read_bytes()) for folder in (tmp_path, DOCS_IMAGES))
        assert shapes(drawn) == shapes(committed) and shapes(committed)
        assert texts(drawn) == texts(committed)
    timeline = ET.fromstring((DOCS_IMAGES / "demo-timeline.svg").read_bytes())
    assert {"Xi Jinping", "Emmanuel Macron", "Luiz Inácio Lula da Silva"} <= texts(timeline)
    assert io.BytesIO((DOCS_IMAGES / "demo-network.svg").read_bytes()).read(5) == b"<?xml"
