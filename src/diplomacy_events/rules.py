"""The parser's rules as named parts: a registry that is the table of contents of the rule stages.

Every rule of the event and dating stages is a plain function registered
here under an id, with a one-line description and an example sentence of our
own. The stages call their rules phase by phase (:func:`run`), in the order
they are registered, and record on each reading the ids of the rules that
fired, so every record can say why it exists. ``docs/rules.md`` is generated
from this registry (:func:`markdown`), and a test fails when it is stale.

>>> import diplomacy_events.events  # registers the event rules
>>> rule = RULES["veto.host-noun"]
>>> rule.phase.value, rule.example
('trigger', 'The host, Prime Minister Narendra Modi, opened the summit on Saturday.')
"""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from functools import reduce
from operator import or_
from typing import Any, Protocol, TypeVar

import attrs

from .lexicon import phrase_keys

__all__ = [
    "ALL_CUED",
    "RULES",
    "Phase",
    "Rule",
    "cued",
    "declare",
    "markdown",
    "meets",
    "need_words",
    "play",
    "program",
    "rule",
    "run",
    "traits",
]


class Phase(enum.Enum):
    """When a rule runs, and what its answer means (see :func:`run`)."""

    __hash__ = object.__hash__  # members are singletons; enum.Enum hashes the name in Python, slowly

    TRIGGER = "trigger"  # vetoes on the trigger word and its neighbours: True drops it
    CLAUSE = "clause"  # vetoes on the trigger's clause: negations, hypotheticals, habits, cancellations
    STATUS = "status"  # cues that make a trigger planned
    OBJECTS = "objects"  # vetoes once the trigger's objects are known
    SUBJECT = "subject"  # who the subject is
    AGENTS = "agents"  # passives: who hosts and who is the guest
    SIDES = "sides"  # vetoes once subject and objects are known
    GROUPS = "groups"  # sentences built around a noun: which group meets (the first rule that fits)
    STANDIN = "standin"  # reports with no subject: the protagonist's, and their status
    TIME = "time"  # which time expression dates a trigger
    WHERE = "where"  # the place a meeting names and the summit it belongs to
    KIND = "kind"  # what form a meeting has
    BUILD = "build"  # one builder per trigger type: the candidates a reading reports (the first that fits)
    REPEAT = "repeat"  # a second time of the same verb: a second meeting
    SENTENCE = "sentence"  # rules over all of a sentence's candidates, or a whole readout list
    DATE = "date"  # resolving a candidate's time to a date span (in the assembler)
    CONTEXT = "context"  # an undated meeting dated from its paragraph (the first rule that fits)
    FORM = "form"  # a meeting's form from the meetings around it (in the assembler)
    SUMMIT = "summit"  # a summit's dates and venue (in the assembler)
    FOLD = "fold"  # reports of one encounter folded into one record (in the assembler)


#: Phases whose rules drop a reading when one of them answers True.
VETO_PHASES = frozenset({Phase.TRIGGER, Phase.CLAUSE, Phase.OBJECTS, Phase.SIDES})
#: Phases where the first rule that answers True settles the matter.
FIRST_PHASES = frozenset({Phase.GROUPS, Phase.BUILD, Phase.CONTEXT})
_STOPPING = VETO_PHASES | FIRST_PHASES


class Traced(Protocol):
    """What a rule works on: it records the ids of the rules that fired on it and the one running now.

    ``type`` is what a rule's ``only`` is matched against (a trigger type).
    """

    fired: list[str]
    running: str

    @property
    def type(self) -> Hashable: ...


_R = TypeVar("_R", bound=Traced)
_F = TypeVar("_F", bound=Callable[..., Any])


@attrs.frozen(kw_only=True)
class Rule:
    """One named rule: its id, phase, what it does, an example sentence, and the function.

    ``example`` is a sentence of our own on which the rule fires; ``published``
    is the date it is read against.
    """

    id: str
    phase: Phase
    description: str
    example: str
    function: Callable[..., bool] = attrs.field(repr=False)
    published: str = "2024-06-14"
    outlet: str | None = None  # the outlet the example is read as published by, if it needs one
    only: frozenset[Hashable] | None = None  # the reading types it applies to (None: every one)
    needs: tuple[str, ...] = ()  # what it cannot fire without (see rule): cue words, or its trigger's properties
    #: The bits of its needs in a cued mask: of its cue words, and of its trigger's properties (see _met).
    masks: tuple[int, int] = attrs.field(init=False, repr=False, eq=False)

    @masks.default
    def _masks(self) -> tuple[int, int]:
        words = _bits(n for n in self.needs if not n.startswith(_TRAIT))
        return words, _bits(n for n in self.needs if n.startswith(_TRAIT))


#: Every registered rule by id, in registration order (which is the order they run in within a phase).
RULES: dict[str, Rule] = {}
_BY_PHASE: dict[Phase, list[Rule]] = {}
_NEED_BITS: dict[str, int] = {}  # every need a rule declares -> its bit in a cued mask (see cued and traits)
_TRAIT = "trigger."  # a need of a property of the reading's trigger: "trigger.nominal"
_PHASE_NEEDS: dict[Phase, int] = dict.fromkeys(Phase, 0)  # the bits of the needs of a phase's rules
_Calls = tuple[tuple[str, Callable[..., bool]], ...]
#: One phase of a :func:`program`: the ids and functions of the rules :func:`run` calls, and whether the phase
#: stops at the first rule that fires.
Step = tuple[_Calls, bool]
#: What run() calls (ids and functions) by phase: the phase's needs, whether it stops at the first rule that
#: fires, and its calls by reading type and the phase's needs a sentence meets (a choice among the phase's
#: rules, at most one per subset of their needs).
_TABLES: dict[Phase, tuple[int, bool, dict[Hashable, dict[int, Step]]]] = {}
#: The cued mask that gates no rule: every need present.
ALL_CUED = -1
#: Whether :func:`cued` gates rules by their needs (tests turn it off to show the gates change nothing).
GATED = True
_NEGATION = "n't"  # a need or a cue phrase that stands for every key ending in "n't" ("didn't", "won't")


def rule(
    rule_id: str,
    phase: Phase,
    description: str,
    example: str,
    published: str = "2024-06-14",
    only: Iterable[Hashable] | None = None,
    needs: Sequence[str] = (),
    outlet: str | None = None,
) -> Callable[[_F], _F]:
    """Register the decorated function as a rule; the function itself is returned unchanged.

    ``only`` names the reading types (trigger types) the rule applies to;
    :func:`run` does not call it on others. ``needs`` names what the rule
    provably answers False and changes nothing without: cue words, a word
    list of the lexicon (``"words.negation_cues"``: a word of any of its
    phrases, see :func:`need_words`) or a literal token key (``"if"``), of
    which the sentence must hold one (see :func:`cued`); and properties of
    the reading's trigger (``"trigger.nominal"``), which must all be true
    (see :func:`traits`). :func:`run` skips the rule where they are not met.

    >>> @rule("demo.example", Phase.KIND, "An illustration.", "Nobody met anybody.")
    ... def _demo(context: object, reading: object) -> bool:
    ...     return False
    >>> RULES.pop("demo.example").description
    'An illustration.'
    >>> _BY_PHASE[Phase.KIND].pop().id
    'demo.example'
    """

    def register(function: _F) -> _F:
        if rule_id in RULES:
            raise ValueError(f"rule id {rule_id!r} is registered twice")
        types = frozenset(only) if only is not None else None
        declare(*needs)  # before the rule is made: it keeps its needs' bits
        made = Rule(
            id=rule_id,
            phase=phase,
            description=description,
            example=example,
            function=function,
            published=published,
            outlet=outlet,
            only=types,
            needs=tuple(needs),
        )
        _PHASE_NEEDS[phase] |= _bits(made.needs)
        RULES[rule_id] = made
        _BY_PHASE.setdefault(phase, []).append(made)
        _TABLES.clear()
        _PROGRAMS.clear()
        _INDEXES.clear()
        return function

    return register


def phase_rules(phase: Phase) -> list[Rule]:
    """The rules of one phase, in the order they run."""
    return _BY_PHASE.get(phase, [])


def run(phase: Phase, context: Any, reading: _R, present: int = ALL_CUED) -> bool:
    """Run a phase's rules on a reading; record each that fires on ``reading.fired``.

    In a veto phase, the first rule that answers True drops the reading and
    the call answers True. In a "first" phase (:data:`FIRST_PHASES`) the first
    rule that answers True settles it; in any other phase every rule runs in
    order. The answer is whether any rule fired. While a rule runs,
    ``reading.running`` is its id. A rule whose needs ``present`` does not
    meet (the sentence's :func:`cued` mask with its trigger's :func:`traits`)
    is skipped.
    """
    return play(_step(phase, reading.type, present), context, reading)


def _step(phase: Phase, type_: Hashable, present: int) -> Step:
    """What :func:`run` calls in a phase for a reading of ``type_`` in a sentence that meets ``present``."""
    try:
        needs, stops, by_type = _TABLES[phase]
    except KeyError:
        needs, stops, by_type = _TABLES[phase] = (_PHASE_NEEDS[phase], phase in _STOPPING, {})
    met = present & needs
    try:
        return by_type[type_][met]
    except KeyError:
        step = by_type.setdefault(type_, {})[met] = (_calls(phase, type_, met), stops)
        return step


_Steps = tuple[tuple[Phase, ...], ...]  # phases by step: a step of several phases runs them one after another
_PROGRAMS: dict[_Steps, dict[tuple[Hashable, int], tuple[Step, ...]]] = {}
_PROGRAMS_KEPT = 1 << 12  # (type, mask) pairs kept per list of steps; news meets a few hundred


def program(steps: _Steps, type_: Hashable, present: int) -> tuple[Step, ...]:
    """What :func:`run` calls in each step's phases for a reading of ``type_`` in a sentence that meets
    ``present``, looked up once per reading rather than once per phase; :func:`play` runs a step as :func:`run`
    runs its phases one after another (a step with no calls need not be played).

    A step of several phases is for phases that stop at no rule, whose answers the caller does not need: all
    their rules run in order either way.

    >>> import diplomacy_events.events  # registers the event rules
    >>> from diplomacy_events.lexicon import TriggerType
    >>> [(calls, stops)] = program(((Phase.TRIGGER,),), TriggerType.MEET, ALL_CUED)
    >>> stops, calls == _calls(Phase.TRIGGER, TriggerType.MEET, _PHASE_NEEDS[Phase.TRIGGER])
    (True, True)
    >>> [(calls, stops)] = program(((Phase.TIME, Phase.WHERE),), TriggerType.MEET, ALL_CUED)
    >>> stops, len(calls) == sum(len(_step(p, TriggerType.MEET, ALL_CUED)[0]) for p in (Phase.TIME, Phase.WHERE))
    (False, True)
    """
    try:
        return _PROGRAMS[steps][type_, present]
    except KeyError:
        made = _PROGRAMS.setdefault(steps, {})
        if len(made) >= _PROGRAMS_KEPT:
            made.clear()
        found = made[type_, present] = tuple(_joined(phases, type_, present) for phases in steps)
        return found


def _joined(phases: tuple[Phase, ...], type_: Hashable, present: int) -> Step:
    """One step of :func:`program`: the calls of ``phases`` in order (phases that stop only one at a time)."""
    if len(phases) == 1:
        return _step(phases[0], type_, present)
    if _STOPPING.intersection(phases):
        raise ValueError(f"phases that stop at a rule cannot share a step: {phases}")
    return tuple(call for phase in phases for call in _step(phase, type_, present)[0]), False


def play(step: Step, context: Any, reading: _R) -> bool:
    """Run one step of a :func:`program` (or the phase :func:`run` looked up) on a reading, as :func:`run` does."""
    calls, stops = step
    fired = False
    for rule_id, function in calls:
        reading.running = rule_id
        if function(context, reading):
            reading.fired.append(rule_id)
            if stops:
                return True
            fired = True
    return fired


def _calls(phase: Phase, type_: Hashable, present: int) -> _Calls:
    """What :func:`run` calls in a phase on a reading of one type in a sentence that meets the needs ``present``."""
    return tuple(
        (r.id, r.function) for r in _BY_PHASE.get(phase, ()) if (r.only is None or type_ in r.only) and _met(r, present)
    )


def _met(made: Rule, present: int) -> bool:
    """Whether a cued mask meets a rule's needs: one of its words, if it needs any, and all its trigger's properties."""
    words, properties = made.masks
    return (not words or bool(words & present)) and properties & present == properties


def _bits(needs: Iterable[str]) -> int:
    """The bits of needs in a cued mask (0 for none)."""
    return reduce(or_, (_NEED_BITS[need] for need in needs), 0)


_Index = dict[str, int]  # a cue word (or a trigger phrase) -> the bits of the needs it meets
#: By id of the source of word lists and triggers (a lexicon): the needs of its cue words and of its triggers.
_INDEXES: dict[int, tuple[weakref.ref[Any], _Index, _Index]] = {}


def need_words(need: str, source: object) -> frozenset[str]:
    """The keys that meet a need: a literal key, or one word of each phrase of a word list of ``source``.

    A phrase is only found where all its words are, so one of them will do:
    the longest (the first of the longest), likely the rarest.

    >>> from diplomacy_events.lexicon import default_lexicon
    >>> sorted(need_words("words.visit_purposes", default_lexicon())), need_words("if", default_lexicon())
    (['meet', 'see', 'talks'], frozenset({'if'}))
    """
    if need.startswith(_TRAIT):
        return frozenset()
    if not need.startswith("words."):
        return frozenset({need})
    entries = getattr(source, need.removeprefix("words."))
    return frozenset(_rarest(phrase) for phrase in getattr(entries, "phrases", entries))


def _rarest(phrase: str) -> str:
    """The word of a phrase a sentence is least likely to hold by chance: its longest, the first of the longest.

    A phrase that opens with "n't" is found at any key that ends in it (see ``lexicon.Cues``): it needs "n't".
    """
    words = phrase_keys(phrase) or (phrase,)  # a set of words may hold "": the key of a name
    return _NEGATION if words[0] == _NEGATION else max(words, key=len)


def _indexes(source: Any) -> tuple[_Index, _Index]:
    """The needs' bits of every cue word and of every trigger phrase of a lexicon (built once per lexicon)."""
    entry = _INDEXES.get(id(source))
    if entry is not None and entry[0]() is source:
        return entry[1], entry[2]
    index: _Index = {}
    for need, bit in _NEED_BITS.items():
        for word in need_words(need, source):
            index[word] = index.get(word, 0) | bit
    triggers = {
        phrase: _bits(n for n in _NEED_BITS if n.startswith(_TRAIT) and getattr(trigger, n.removeprefix(_TRAIT)))
        for phrase, trigger in getattr(source, "triggers", {}).items()
    }
    key = id(source)
    _INDEXES[key] = (weakref.ref(source, lambda _: _INDEXES.pop(key, None)), index, triggers)
    return index, triggers


def traits(source: object) -> Mapping[str, int]:
    """The needs of properties (``"trigger.<property>"``) each trigger phrase of a lexicon meets, as cued masks.

    >>> import diplomacy_events.events  # registers the event rules and their needs
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> table = traits(default_lexicon())
    >>> bool(table["talks with"] & _NEED_BITS["trigger.nominal"]), table["met"]
    (True, 0)
    """
    return _indexes(source)[1]


def cued(keys: Sequence[str], source: object) -> int:
    """The needs a sentence's cue keys meet, as a mask for :func:`run` (:data:`ALL_CUED` when not :data:`GATED`).

    A key ending in "n't" meets a need of the key (or cue phrase) "n't".

    >>> import diplomacy_events.events  # registers the event rules and their needs
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> words = default_lexicon()
    >>> cued(["he", "didn't", "meet", "xi"], words) & _NEED_BITS["words.negation_cues"] != 0
    True
    >>> cued(["he", "met", "xi"], words) & _NEED_BITS["words.negation_cues"]
    0
    """
    if not GATED:
        return ALL_CUED
    index = _indexes(source)[0]
    present = reduce(or_, map(index.__getitem__, index.keys() & keys), 0)  # the keys it holds, found in C
    if _NEGATION in index and _NEGATION in " ".join(keys):  # settled in C; a key with "n't" inside only gates less
        present |= index[_NEGATION]
    return present


def declare(*needs: str) -> None:
    """Give needs no rule declares their bits, for a gate of a stage's own (see :func:`meets`).

    >>> declare("words.status_cues")
    >>> "words.status_cues" in _NEED_BITS
    True
    """
    for need in needs:
        _NEED_BITS.setdefault(need, 1 << len(_NEED_BITS))
    _INDEXES.clear()


def meets(present: int, need: str) -> bool:
    """Whether a sentence whose :func:`cued` mask is ``present`` may hold a need's words (a need no rule declares:
    always).

    >>> import diplomacy_events.events  # registers the event rules and their needs
    >>> from diplomacy_events.lexicon import default_lexicon
    >>> meets(cued(["on", "the", "sidelines"], default_lexicon()), "words.sidelines"), meets(0, "words.sidelines")
    (True, False)
    """
    return bool(present & _NEED_BITS.get(need, ALL_CUED))


def markdown() -> str:
    """The rules page (``docs/rules.md``): every rule by phase, with its id, description and example."""
    lines = [
        "# Rules",
        "",
        "The parser's rules, phase by phase, in the order they run. This page is generated from the",
        "registry in `diplomacy_events.rules` (`python -m diplomacy_events.rules > docs/rules.md`);",
        "a test fails when it is stale. Every record the parser returns lists the ids of the rules",
        "that made it (its explanation). A rule's needs say where it can fire: cue words (a word list of the",
        "lexicon, or a token key), one of which its sentence must hold, and properties of its trigger",
        '("trigger.nominal"), all of which must be true; it is not run where they are not met.',
        "",
    ]
    for phase in Phase:
        rules = phase_rules(phase)
        if not rules:
            continue
        lines += [
            f"## {phase.value}",
            "",
            _PHASE_NOTES[phase],
            "",
            "| id | what it does | example | needs |",
            "| --- | --- | --- | --- |",
        ]
        lines += [f"| `{r.id}` | {r.description} | {_example(r)} | {_needs(r)} |" for r in rules]
        lines.append("")
    return "\n".join(lines)


def _needs(made: Rule) -> str:
    """A rule's needs for a table cell: "`words.cancel_cues`, `if`"."""
    return ", ".join(f"`{need}`" for need in made.needs)


def _example(found: Rule) -> str:
    """A rule's example for a table cell, with the outlet it is read as published by, if any."""
    line = _one_line(found.example)
    return f"{line} (in *{found.outlet}*)" if found.outlet else line


def _one_line(example: str) -> str:
    """An example for a table cell: line breaks shown as " / "."""
    return " / ".join(line for line in example.splitlines() if line.strip())


_PHASE_NOTES = {
    Phase.TRIGGER: "Vetoes on the trigger word itself: the first that fires drops it.",
    Phase.CLAUSE: "Vetoes on the trigger's clause (negations, hypotheticals, habits, cancellations): the first "
    "that fires drops it.",
    Phase.STATUS: "Cues that make a trigger planned; without one it occurred.",
    Phase.OBJECTS: "Vetoes once the trigger's objects (the group after it) are known.",
    Phase.SUBJECT: "Who the subject is.",
    Phase.AGENTS: "Passives: who hosts and who is the guest.",
    Phase.SIDES: "Vetoes once subject and objects are known.",
    Phase.GROUPS: "Sentences built around a meeting noun: which group meets (the first rule that fits).",
    Phase.STANDIN: "Reports with no subject of their own.",
    Phase.TIME: "Which of the sentence's time expressions dates the trigger.",
    Phase.WHERE: "The place a meeting names and the summit it belongs to.",
    Phase.KIND: "The form of the meeting.",
    Phase.BUILD: "One builder per trigger type turns a reading into candidates (the first that fits).",
    Phase.REPEAT: "A second time of the same verb reports a second meeting.",
    Phase.SENTENCE: "Rules over all of a sentence's candidates, or over a readout list.",
    Phase.DATE: "Resolving a candidate's time expression to a date span, in the assembler.",
    Phase.CONTEXT: "An undated meeting dated from its paragraph (the first rule that fits).",
    Phase.FORM: "A meeting's form from the meetings reported around it, in the assembler.",
    Phase.SUMMIT: "A summit's dates and venue, in the assembler.",
    Phase.FOLD: "Reports of one encounter folded into one record, once the document is read. Reports of the same "
    "people, status and place whose dates overlap (or one of which is undated) are always one record.",
}


def main() -> None:  # pragma: no cover - a script entry point, tested through markdown()
    """Print the rules page (run as ``python -m diplomacy_events.rules``)."""
    import diplomacy_events.assemble  # noqa: F401  (registers every rule)
    from diplomacy_events.rules import markdown as page  # this file may run as __main__, a module of its own

    print(page())


if __name__ == "__main__":  # pragma: no cover
    main()
