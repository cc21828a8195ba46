"""Explanations shown: every record of a result with the words it stands on marked, as text or as an HTML page.

Each :class:`~diplomacy_events.model.Meeting` and
:class:`~diplomacy_events.model.Summit` carries an
:class:`~diplomacy_events.model.Explanation`; these pure functions lay it
out for a reader. :func:`marks` lists a record's spans (the trigger, the
time expression, each participant's mention and a pronoun's antecedent),
:func:`explain_text` prints each record with its evidence sentence and its
spans in brackets (or in colour), then its fields, rules, participants,
date and confidence, and :func:`explain_html` writes one self-contained page
(inline CSS, no scripts) with the spans highlighted in the text and a card
per record.

>>> from diplomacy_events import parse
>>> result = parse("Scholz received Macron on Tuesday.", "2024-06-11")
>>> print(explain_text(result).splitlines()[4])
    [Scholz|P1] [received|trigger] [Macron|P2] on [Tuesday|time].
>>> [(mark.text, mark.label) for mark in marks(result.meetings[0])]
[('Scholz', 'P1'), ('received', 'trigger'), ('Macron', 'P2'), ('Tuesday', 'time')]
"""

from __future__ import annotations

import enum
import html
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from .model import (
    PRONOUN_PENALTY,
    UNNAMED_HOST_PENALTY,
    Evidence,
    Explanation,
    Identification,
    Identified,
    Meeting,
    ParseResult,
    Participant,
    Summit,
)
from .rules import RULES

__all__ = ["Label", "Mark", "MarkKind", "Record", "explain_html", "explain_text", "marks"]

#: A record the parser makes: a meeting (talks, a visit, a call) or a summit.
Record = Meeting | Summit


class MarkKind(enum.Enum):
    """What a marked span is to its record.

    Attributes:
        TRIGGER: The word or phrase that reported the meeting, or named the summit.
        TIME: The time expression that dated it.
        PARTICIPANT: Where the text names a participant (the pronoun, for a pronoun).
        ANTECEDENT: The mention a participant's pronoun stands for.
    """

    TRIGGER = "trigger"
    TIME = "time"
    PARTICIPANT = "participant"
    ANTECEDENT = "antecedent"


@attrs.frozen(kw_only=True)
class Label:
    """One role of a span in a record: its kind, and for a participant or antecedent, the participant's number.

    Attributes:
        kind: Trigger, time, participant or antecedent.
        number: The participant's number in the record, from 1 (0 for a trigger or a time).

    >>> Label(kind=MarkKind.ANTECEDENT, number=2).short, Label(kind=MarkKind.ANTECEDENT, number=2).long
    ('A2', 'antecedent of participant 2')
    """

    kind: MarkKind
    number: int = 0

    @property
    def short(self) -> str:
        """The label in the terminal: ``trigger``, ``time``, ``P1``, ``A1``."""
        if self.kind is MarkKind.PARTICIPANT:
            return f"P{self.number}"
        if self.kind is MarkKind.ANTECEDENT:
            return f"A{self.number}"
        return str(self.kind.value)

    @property
    def long(self) -> str:
        """The label on the page: ``trigger``, ``time``, ``participant 1``, ``antecedent of participant 1``."""
        if self.kind is MarkKind.PARTICIPANT:
            return f"participant {self.number}"
        if self.kind is MarkKind.ANTECEDENT:
            return f"antecedent of participant {self.number}"
        return str(self.kind.value)


@attrs.frozen(kw_only=True)
class Mark:
    """A span of a record's explanation, with every role it plays in that record.

    Attributes:
        start: Its offset in the parsed text.
        end: The offset just after it.
        text: The words: ``text == result.text[start:end]``.
        labels: Its roles, trigger first (two participants may share a mention, "the two leaders").
    """

    start: int
    end: int
    text: str
    labels: tuple[Label, ...]

    @property
    def kind(self) -> MarkKind:
        """The kind of its first role, which chooses its colour."""
        return self.labels[0].kind

    @property
    def label(self) -> str:
        """Its roles as the terminal shows them: ``P1``, ``P1,P2``."""
        return ",".join(label.short for label in self.labels)


def marks(record: Record) -> tuple[Mark, ...]:
    """The distinct spans of a record's explanation in text order, each with its roles; ``()`` with no explanation.

    >>> from diplomacy_events import parse
    >>> [meeting] = parse("Kishida landed in Manila on Friday. He met Marcos.", "2024-06-14").meetings
    >>> [(mark.text, mark.label) for mark in marks(meeting)]
    [('Kishida', 'A1'), ('He', 'P1'), ('met', 'trigger'), ('Marcos', 'P2')]
    """
    why = record.explanation
    if why is None:
        return ()
    found: dict[tuple[int, int], tuple[str, list[Label]]] = {}
    for evidence, label in _spans(why):
        found.setdefault((evidence.start, evidence.end), (evidence.text, []))[1].append(label)
    ordered = sorted(found.items(), key=lambda item: (item[0][0], -item[0][1]))
    return tuple(
        Mark(start=start, end=end, text=text, labels=tuple(labels)) for (start, end), (text, labels) in ordered
    )


def _spans(why: Explanation) -> Iterator[tuple[Evidence, Label]]:
    if why.trigger is not None:
        yield why.trigger, Label(kind=MarkKind.TRIGGER)
    if why.time is not None:
        yield why.time, Label(kind=MarkKind.TIME)
    for number, who in enumerate(why.participants, 1):
        if who.mention is not None:
            yield who.mention, Label(kind=MarkKind.PARTICIPANT, number=number)
        if who.antecedent is not None:
            yield who.antecedent, Label(kind=MarkKind.ANTECEDENT, number=number)


# -- laying marks out over a passage ----------------------------------------------------------------------------------


@attrs.frozen
class _Text:
    start: int
    end: int


@attrs.frozen
class _Open:
    mark: Mark


@attrs.frozen
class _Close:
    mark: Mark


_Piece = _Text | _Open | _Close


def _layout(start: int, end: int, spans: Iterable[Mark]) -> tuple[list[_Piece], list[Mark]]:
    """``[start, end)`` cut into text and the opening and closing of the marks that nest in it; the others apart.

    A mark outside the passage, or one that crosses a mark already open, is
    returned apart, so that each mark is shown whole, once.
    """
    pieces: list[_Piece] = []
    apart: list[Mark] = []
    stack: list[Mark] = []
    at = start

    def close_until(limit: int) -> None:
        nonlocal at
        while stack and stack[-1].end <= limit:
            done = stack.pop()
            pieces.append(_Text(at, done.end))
            pieces.append(_Close(done))
            at = done.end

    for mark in sorted(spans, key=lambda m: (m.start, -m.end)):
        if mark.start < start or mark.end > end:
            apart.append(mark)
            continue
        close_until(mark.start)
        if stack and mark.end > stack[-1].end:
            apart.append(mark)
            continue
        pieces += [_Text(at, mark.start), _Open(mark)]
        at = mark.start
        stack.append(mark)
    close_until(end)
    pieces.append(_Text(at, end))
    return [p for p in pieces if not isinstance(p, _Text) or p.end > p.start], apart


_REACH = 80  # characters of context shown, at most, on either side of a span outside the evidence
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@attrs.frozen
class _Window:
    """A stretch of text shown around a span; ``cut_before``/``cut_after``: it starts or ends mid-sentence."""

    start: int
    end: int
    cut_before: bool
    cut_after: bool


def _window(text: str, mark: Mark) -> _Window:
    """Where to show a span that lies outside its record's evidence: its sentence, or a few words either side.

    >>> _window("Kishida landed. He met Marcos there.", Mark(start=23, end=29, text="Marcos", labels=()))
    _Window(start=16, end=36, cut_before=False, cut_after=False)
    """
    low = max(0, mark.start - _REACH)
    ends = [found.end() for found in _SENTENCE_END.finditer(text, low, mark.start)]
    start = ends[-1] if ends else low
    cut_before = not ends and start > 0
    if cut_before:
        space = text.find(" ", start, mark.start)
        start = space + 1 if space >= 0 else mark.start
    while start < mark.start and text[start].isspace():
        start += 1
    high = min(len(text), mark.end + _REACH)
    found = _SENTENCE_END.search(text, mark.end, high)
    end = (found.end() if text[found.start()] != "\n" else found.start()) if found else high
    cut_after = found is None and end < len(text)
    if cut_after:
        space = text.rfind(" ", mark.end, end)
        end = space if space >= 0 else mark.end
    return _Window(start, end, cut_before, cut_after)


# -- what a record says --------------------------------------------------------------------------------------------

_HOW = {
    Identification.NAME: "by name",
    Identification.OFFICE: "by office, held on the date",
    Identification.GOVERNMENT: "by the seat of government standing for its leader",
    Identification.PRONOUN: "through a pronoun",
    Identification.SPEAKER: "as the speaker of a transcript turn",
    Identification.PROTAGONIST: "as the leader the text is about (no subject named)",
    Identification.HOST: "as the unnamed host: the leader of the country visited, on the date",
    Identification.MEMBER: "as a member of the group named: the leader of a member country, on the date",
}


@attrs.frozen
class _Doubt:
    """A doubt a meeting's confidence pays for: its cost, and the identifications that show it."""

    cost: float
    words: str
    shown_by: frozenset[Identification]


_DOUBTS = (
    _Doubt(UNNAMED_HOST_PENALTY, "an unnamed host", frozenset({Identification.HOST})),
    _Doubt(
        PRONOUN_PENALTY,
        "a participant known only through a pronoun",
        frozenset({Identification.PRONOUN, Identification.SPEAKER}),
    ),
)
_FORMULA = "1.0, less " + " and ".join(f"{doubt.cost} for {doubt.words}" for doubt in _DOUBTS)


def _kind(record: Record) -> str:
    return f"summit {record.name!r}" if isinstance(record, Summit) else record.kind.value


def _who(participant: Participant) -> str:
    """``Xi Jinping (CHN president)``; one the text names only by office, ``(TUR president)``."""
    country = participant.country.code if participant.country else ""
    office = " ".join(filter(None, (country, participant.role.value if participant.role else "")))
    if participant.name is None:
        return f"({office})"
    return f"{participant.name} ({office})" if office else participant.name


def _quote(evidence: Evidence) -> str:
    return f"{evidence.text!r} at {evidence.start}-{evidence.end}"


def _identified(who: Identified | None) -> str:
    if who is None:
        return "not explained"
    words = _HOW[who.how]
    if who.mention is not None:
        words += f", {_quote(who.mention)}"
    if who.antecedent is not None:
        words += f", standing for {_quote(who.antecedent)}"
    return words


def _rule_description(rule_id: str) -> str:
    from . import assemble  # noqa: F401  (importing the assembler registers every rule)

    found = RULES.get(rule_id)
    return found.description if found is not None else "(no rule of this id in this version)"


def _dating(record: Record) -> str:
    if record.date is None:
        return "undated"
    why = record.explanation
    if why is None:
        return str(record.date)
    words = [str(record.date)]
    if why.dated_by:
        words.append(f"by {why.dated_by}")
    if why.time is not None:
        words.append(f"from {_quote(why.time)}")
    if why.anchor is not None:
        words.append(f"anchor {why.anchor}")
    return ", ".join(words)


def _confidence(meeting: Meeting) -> str:
    """The confidence and the formula's terms that made it, with the participants that show each doubt.

    A value the formula cannot give (set by hand, say) is shown with the formula.
    """
    value = meeting.confidence
    paid = _paid(value)
    if paid is None:
        return f"{value} (the formula: {_FORMULA})"
    if not paid:
        return f"{value} = 1.0 (no unnamed host, no participant known only through a pronoun)"
    hows = [who.how for who in meeting.explanation.participants] if meeting.explanation else []
    terms = []
    for doubt in paid:
        shown = ", ".join(f"P{number}" for number, how in enumerate(hows, 1) if how in doubt.shown_by)
        terms.append(f" - {doubt.cost} ({doubt.words}{': ' + shown if shown else ''})")
    return f"{value} = 1.0" + "".join(terms)


def _paid(value: float) -> tuple[_Doubt, ...] | None:
    """The doubts whose costs take 1.0 down to ``value`` (no two sets of them cost the same); ``None``: none do."""
    for size in range(len(_DOUBTS) + 1):
        for paid in itertools.combinations(_DOUBTS, size):
            if round(1.0 - sum(doubt.cost for doubt in paid), 2) == value:
                return paid
    return None


def _fields(record: Record) -> list[tuple[str, str]]:
    """The record's fields as (name, value) rows, in the order the reader wants them."""
    rows = [("status", record.status.value)]
    if isinstance(record, Meeting):
        rows.append(("kind", record.kind.value))
        if record.host is not None:
            rows.append(("host", record.host.code))
        if record.summit:
            rows.append(("summit", record.summit))
    elif record.organization:
        rows.append(("series", record.organization))
    rows.append(("place", str(record.place) if record.place else "-"))
    return rows


def _participants(record: Record) -> list[tuple[str, str, str]]:
    """(label, participant, how it was identified) for each participant."""
    known = record.explanation.participants if record.explanation else ()
    return [
        (f"P{number}", _who(participant), _identified(known[number - 1] if number <= len(known) else None))
        for number, participant in enumerate(record.participants, 1)
    ]


def _records(result: ParseResult) -> list[Record]:
    return [*result.meetings, *result.summits]


def _title(result: ParseResult) -> str:
    return result.source.title or result.source.id or "untitled text"


def _details(result: ParseResult) -> list[str]:
    """The outlet and date of the text, and what was found in it."""
    source = result.source
    meetings, summits = len(result.meetings), len(result.summits)
    details = [source.outlet or "", f"published {source.published}" if source.published else ""]
    counts = f"{meetings} meeting{'' if meetings == 1 else 's'}, {summits} summit{'' if summits == 1 else 's'}"
    return [*filter(None, details), counts]


def _heading(number: int, record: Record) -> str:
    """``#1 visit, occurred, 2023-04-14: Xi Jinping, Luiz Inácio Lula da Silva``."""
    names = ", ".join(p.name or _who(p) for p in record.participants)
    head = f"#{number} {_kind(record)}, {record.status.value}, {record.date or 'undated'}"
    return f"{head}: {names}" if names else head


# -- text -----------------------------------------------------------------------------------------------------------

_SGR = {  # ANSI colours: trigger yellow, time green, participant cyan, antecedent magenta
    MarkKind.TRIGGER: "1;33",
    MarkKind.TIME: "1;32",
    MarkKind.PARTICIPANT: "1;36",
    MarkKind.ANTECEDENT: "1;35",
}
_RESET = "\x1b[0m"
_DIM = "\x1b[2m"
#: Shown in place of the input's control characters in the terminal (line breaks become spaces).
_CONTROLS = {
    **{code: " " if chr(code) in "\t\n\r\f\v" else "\ufffd" for code in [*range(32), *range(127, 160)]},
    **dict.fromkeys(map(ord, "\u2028\u2029"), " "),
}
_LEGEND = "marks: [..|trigger] reports it, [..|time] dates it, [..|P1] names participant 1, [..|A1] is P1's antecedent"


def _terminal(text: str) -> str:
    return text.translate(_CONTROLS)


def _show(text: str, pieces: Sequence[_Piece], color: bool) -> str:
    """Pieces as a line: ``[words|label]`` for each mark; in colour, the words in the mark's colour."""
    out: list[str] = []
    open_marks: list[Mark] = []
    for piece in pieces:
        if isinstance(piece, _Text):
            out.append(_terminal(text[piece.start : piece.end]))
        elif isinstance(piece, _Open):
            open_marks.append(piece.mark)
            out.append(f"{_DIM}[{_RESET}\x1b[{_SGR[piece.mark.kind]}m" if color else "[")
        else:
            open_marks.pop()
            if not color:
                out.append(f"|{piece.mark.label}]")
                continue
            resume = f"\x1b[{_SGR[open_marks[-1].kind]}m" if open_marks else ""
            out.append(f"{_RESET}{_DIM}|{piece.mark.label}]{_RESET}{resume}")
    return "".join(out)


def _shown_apart(text: str, mark: Mark, color: bool) -> str:
    window = _window(text, mark)
    pieces, _ = _layout(window.start, window.end, [mark])
    return "…" * window.cut_before + _show(text, pieces, color) + "…" * window.cut_after


def _record_text(number: int, record: Record, text: str, color: bool) -> list[str]:
    lines = [_terminal(_heading(number, record))]
    spans = marks(record)
    evidence = record.evidence
    if evidence is not None:
        pieces, apart = _layout(evidence.start, evidence.end, spans)
        lines.append("    " + _show(text, pieces, color))
    else:
        apart = list(spans)
    lines += [f"    elsewhere: {_shown_apart(text, mark, color)}" for mark in apart]
    lines += [f"  {name}: {_terminal(value)}" for name, value in _fields(record)]
    if record.participants:
        lines.append("  participants:")
        lines += [f"    {label}  {who}: {how}" for label, who, how in _participants(record)]
    if record.explanation is None:
        lines.append("  no explanation recorded")
    else:
        width = max((len(rule_id) for rule_id in record.explanation.rules), default=0)
        lines.append("  rules:" if record.explanation.rules else "  rules: none recorded")
        lines += [f"    {rule_id.ljust(width)}  {_rule_description(rule_id)}" for rule_id in record.explanation.rules]
    lines.append(f"  date: {_dating(record)}")
    if isinstance(record, Meeting):
        lines.append(f"  confidence: {_confidence(record)}")
    return lines


def explain_text(result: ParseResult, color: bool = False) -> str:
    """Each record of a result with its evidence and marked spans, then its fields, rules, date and confidence.

    The spans of the evidence sentence show as ``[words|label]`` (labels:
    ``trigger``, ``time``, ``P1`` for participant 1's mention, ``A1`` for
    the antecedent of P1's pronoun); a span outside the sentence (an
    antecedent in an earlier one) follows on an ``elsewhere:`` line, with
    a few words around it. With ``color``, the words of each span are
    also coloured with ANSI codes (trigger yellow, time green, participant
    cyan, antecedent magenta). Line breaks and control characters of the
    input show as spaces (and U+FFFD), so one record's sentence stays on one
    line and the input cannot drive the terminal.

    >>> from diplomacy_events import parse
    >>> result = parse("Erdogan called Putin on Monday.", "2024-06-14", title="Calls")
    >>> print(explain_text(result))
    Calls (published 2024-06-14): 1 meeting, 0 summits
    marks: [..|trigger] reports it, [..|time] dates it, [..|P1] names participant 1, [..|A1] is P1's antecedent
    <BLANKLINE>
    #1 call, occurred, 2024-06-10: Recep Tayyip Erdogan, Vladimir Putin
        [Erdogan|P1] [called|trigger] [Putin|P2] on [Monday|time].
      status: occurred
      kind: call
      place: -
      participants:
        P1  Recep Tayyip Erdogan (TUR president): by name, 'Erdogan' at 0-7
        P2  Vladimir Putin (RUS president): by name, 'Putin' at 15-20
      rules:
        subject.before   The subject is the nearest coordinated group of persons before the trigger in its clause, ...
        time.own-clause  A trigger takes the time of its own stretch of the sentence ...
        kind.call        A call trigger is a call; so is a meeting word with a call word of the sentence in reach: ...
        build.meeting    A meeting or call: one per subject-object pair; one of all for 'joined A and B' ...
        date.own-time    A candidate's own time is read in the direction of its tense ...
      date: 2024-06-10, by date.own-time, from 'Monday' at 24-30, anchor 2024-06-14
      confidence: 1.0 = 1.0 (no unnamed host, no participant known only through a pronoun)
    """
    *details, counts = _details(result)
    about = f"{_title(result)} ({', '.join(details)}): {counts}" if details else f"{_title(result)}: {counts}"
    lines = [_terminal(about), _LEGEND]
    for number, record in enumerate(_records(result), 1):
        lines += ["", *_record_text(number, record, result.text, color)]
    if not _records(result):
        lines += ["", "(no meetings or summits found)"]
    if result.warnings:
        lines += ["", *(f"warning: {_terminal(warning)}" for warning in result.warnings)]
    return "\n".join(lines)


# -- HTML -----------------------------------------------------------------------------------------------------------

_STYLE = """
body { font: 16px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.text, .passage, .apart { white-space: pre-wrap; }
.text { border: 1px solid #ddd; border-radius: 6px; padding: 1rem; line-height: 2.4; }
mark { border-radius: 4px; padding: 0.1em 0.3em; color: inherit; }
mark::after { content: attr(data-label); font-size: 0.62em; font-weight: bold; text-transform: uppercase;
  margin-left: 0.4em; vertical-align: middle; opacity: 0.75; }
mark mark { padding: 0 0.2em; }
.trigger { background: #ffe082; } .time { background: #b9f6ca; }
.participant { background: #b3e5fc; } .antecedent { background: #e1bee7; }
sup.refs a { text-decoration: none; margin-left: 0.15em; }
.records { list-style: none; padding: 0; }
.record { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
.record:target { border-color: #1565c0; box-shadow: 0 0 0 2px #90caf9; }
.record h3 { font-size: 1rem; margin: 0.3rem 0; }
.passage { line-height: 2.4; margin: 0.3rem 0; }
.apart { color: #555; line-height: 2.4; margin: 0.2rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.5rem 0; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; font-size: 0.9rem; } td { padding: 0.1rem 0.8rem 0.1rem 0; vertical-align: top; }
code { font-size: 0.9em; }
.legend mark { margin-right: 0.5em; }
"""


def _escape(text: str) -> str:
    """Text for an HTML page: markup characters escaped, carriage returns kept as character references."""
    return html.escape(text).replace("\r", "&#13;")


def _mark_tag(mark: Mark, label: str, more: str) -> str:
    """The opening tag of a mark, its class its kinds; ``more``: further attributes, escaped."""
    kinds = " ".join(dict.fromkeys(label.kind.value for label in mark.labels))
    return f'<mark class="{kinds}"{more} data-start="{mark.start}" data-end="{mark.end}" data-label="{_escape(label)}">'


def _record_tag(number: int) -> Callable[[Mark], str]:
    """The opening tag of a mark of record ``number``'s card: labelled with its roles."""

    def tag(mark: Mark) -> str:
        return _mark_tag(mark, ", ".join(label.long for label in mark.labels), f' data-record="{number}"')

    return tag


def _html_pieces(text: str, pieces: Sequence[_Piece], tag: Callable[[Mark], str], refs: Mapping[int, str] = {}) -> str:
    """Pieces as HTML, each mark a ``<mark>`` (opened by ``tag``) labelled by CSS, whose text is exactly the span's.

    ``refs``: HTML put into the text at these offsets (the links after each evidence).
    """
    cuts = sorted(refs) if refs else []
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, _Text):
            at = piece.start
            for cut in cuts[bisect_right(cuts, piece.start) : bisect_left(cuts, piece.end + 1)]:
                out += [_escape(text[at:cut]), refs[cut]]
                at = cut
            out.append(_escape(text[at : piece.end]))
        elif isinstance(piece, _Open):
            out.append(tag(piece.mark))
        else:
            out.append("</mark>")
    return "".join(out)


def _document_marks(records: Sequence[Record]) -> tuple[list[Mark], Callable[[Mark], str]]:
    """Every record's spans once each, with every role they play: the text's highlights, and their tag.

    A highlight is labelled with its kinds; its ``title`` (shown on hover)
    names each record and role, and the participant.
    """
    found: dict[tuple[int, int], tuple[str, list[Label]]] = {}
    roles: dict[tuple[int, int], list[str]] = {}
    for number, record in enumerate(records, 1):
        for mark in marks(record):
            found.setdefault((mark.start, mark.end), (mark.text, []))[1].extend(mark.labels)
            roles.setdefault((mark.start, mark.end), []).extend(
                f"#{number} {_role(label, record)}" for label in mark.labels
            )

    def tag(mark: Mark) -> str:
        kinds = " / ".join(dict.fromkeys(label.kind.value for label in mark.labels))
        return _mark_tag(mark, kinds, f' title="{_escape("; ".join(roles[mark.start, mark.end]))}"')

    spans = [
        Mark(start=start, end=end, text=text, labels=tuple(labels)) for (start, end), (text, labels) in found.items()
    ]
    return spans, tag


def _role(label: Label, record: Record) -> str:
    """A label with the participant it is about: ``participant 1: Xi Jinping``."""
    if label.kind in (MarkKind.PARTICIPANT, MarkKind.ANTECEDENT) and label.number <= len(record.participants):
        participant = record.participants[label.number - 1]
        return f"{label.long}: {participant.name or _who(participant)}"
    return label.long


def _refs(records: Sequence[Record]) -> dict[int, str]:
    """At the end of each evidence, links to the records it reports."""
    numbers: dict[int, list[int]] = {}
    for number, record in enumerate(records, 1):
        if record.evidence is not None:
            numbers.setdefault(record.evidence.end, []).append(number)
    return {
        end: '<sup class="refs">'
        + "".join(f'<a id="ref-{n}" href="#record-{n}" title="record {n}">{n}</a>' for n in found)
        + "</sup>"
        for end, found in numbers.items()
    }


def _card(number: int, record: Record, text: str) -> str:
    spans = marks(record)
    tag = _record_tag(number)
    parts = [f'<li class="record" id="record-{number}">', f"<h3>{_escape(_heading(number, record))}"]
    if record.evidence is not None:
        parts.append(f' <a href="#ref-{number}" title="where the text says so">↑ in the text</a>')
        pieces, apart = _layout(record.evidence.start, record.evidence.end, spans)
        parts.append(f'</h3>\n<p class="passage">{_html_pieces(text, pieces, tag)}</p>')
    else:
        parts.append("</h3>")
        apart = list(spans)
    for mark in apart:
        window = _window(text, mark)
        pieces, _ = _layout(window.start, window.end, [mark])
        shown = "…" * window.cut_before + _html_pieces(text, pieces, tag) + "…" * window.cut_after
        parts.append(f'<p class="apart">elsewhere: {shown}</p>')
    parts.append("<dl>")
    parts += [f"<dt>{name}</dt><dd>{_escape(value)}</dd>" for name, value in _fields(record)]
    if record.participants:
        rows = "".join(
            f"<li><b>{label}</b> {_escape(who)}: {_escape(how)}</li>" for label, who, how in _participants(record)
        )
        parts.append(f"<dt>participants</dt><dd><ol>{rows}</ol></dd>")
    if record.explanation is not None and record.explanation.rules:
        rows = "".join(
            f"<tr><td><code>{_escape(rule_id)}</code></td><td>{_escape(_rule_description(rule_id))}</td></tr>"
            for rule_id in record.explanation.rules
        )
        parts.append(f"<dt>rules</dt><dd><table>{rows}</table></dd>")
    else:
        missing = "none recorded" if record.explanation is not None else "no explanation recorded"
        parts.append(f"<dt>rules</dt><dd>{missing}</dd>")
    parts.append(f"<dt>date</dt><dd>{_escape(_dating(record))}</dd>")
    if isinstance(record, Meeting):
        parts.append(f"<dt>confidence</dt><dd>{_escape(_confidence(record))}</dd>")
    parts.append("</dl></li>")
    return "\n".join(parts)


def explain_html(result: ParseResult) -> str:
    """One self-contained HTML page: the text with every record's spans highlighted, then a card per record.

    The page needs nothing else: the style is inline and there is no
    script. In the text, each span is a ``<mark>`` whose class is its kind
    (``trigger``, ``time``, ``participant``, ``antecedent``), labelled by
    CSS so that its text content is exactly the span's; a numbered link after
    each evidence sentence leads to the records it reports. Each record's
    card shows its evidence with its own spans marked (``data-record``, its
    number; ``data-start`` and ``data-end``, the offsets; ``data-label``,
    its roles), every span exactly once (one outside the sentence on an
    "elsewhere" line), then its fields, participants, rules, date and
    confidence. Text is escaped.

    >>> from diplomacy_events import parse
    >>> page = explain_html(parse("Erdogan called Putin on <b>Monday</b>.", "2024-06-14"))
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page, "&lt;b&gt;" in page
    (True, False, True)
    >>> '<mark class="trigger" data-record="1" data-start="8" data-end="14" data-label="trigger">called</mark>' in page
    True
    """
    records = _records(result)
    title = _title(result)
    spans, tag = _document_marks(records)
    pieces, _ = _layout(0, len(result.text), spans)
    legend = "".join(f'<mark class="{kind.value}" data-label="{kind.value}">…</mark>' for kind in MarkKind)
    cards = "\n".join(_card(number, record, result.text) for number, record in enumerate(records, 1))
    warnings = "".join(f"<li>{_escape(warning)}</li>" for warning in result.warnings)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_escape(title)}</title><style>{_STYLE}</style></head>",
            "<body>",
            f"<h1>{_escape(title)}</h1>",
            f"<p>{_escape(' · '.join(_details(result)))}</p>",
            f'<p class="legend">{legend}</p>',
            f'<div class="text">{_html_pieces(result.text, pieces, tag, _refs(records))}</div>',
            "<h2>Records</h2>",
            f'<ol class="records">\n{cards}\n</ol>' if records else "<p>No meetings or summits found.</p>",
            f"<h2>Warnings</h2><ul>{warnings}</ul>" if warnings else "",
            "</body>",
            "</html>",
            "",
        ]
    )
