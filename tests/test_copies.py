"""The parser's records compare and hash as frozen attrs classes do, and its copier makes what attrs.evolve makes."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_events.copies import copier, record
from diplomacy_events.events.candidates import EventCandidate
from diplomacy_events.lexicon import TriggerType
from diplomacy_events.mentions import Mention, MentionKind
from diplomacy_events.model import MeetingKind, Status
from diplomacy_events.timex import TimeExpression, TimeKind


@attrs.frozen
class _Pair:
    left: int
    _right: int  # a private field: its __init__ name has no underscore
    total: int = attrs.field(init=False)

    @total.default
    def _total(self) -> int:
        return self.left + self._right


@given(st.integers(), st.integers(), st.one_of(st.none(), st.integers()))
def test_a_copy_is_what_evolve_makes(left: int, right: int, changed: int | None) -> None:
    pair = _Pair(left, right)
    changes = {} if changed is None else {"right": changed}
    assert copier(_Pair)(pair, **changes) == attrs.evolve(pair, **changes)
    assert copier(_Pair)(pair, **changes).total == attrs.evolve(pair, **changes).total


def test_the_parsers_records_copy_as_evolve_does() -> None:
    mention = Mention(kind=MentionKind.PLACE, start=2, end=3, text="Paris")
    time = TimeExpression(start=0, end=1, kind=TimeKind.YEAR, year=2017)
    candidate = EventCandidate(
        trigger="met",
        trigger_type=TriggerType.MEET,
        kind=MeetingKind.MEETING,
        status=Status.OCCURRED,
        start=1,
        end=2,
        participants=(),
    )
    assert copier(Mention)(mention, oblique=True) == attrs.evolve(mention, oblique=True)
    assert copier(TimeExpression)(time, relation="in") == attrs.evolve(time, relation="in")
    assert copier(EventCandidate)(candidate, kind=MeetingKind.CALL) == attrs.evolve(candidate, kind=MeetingKind.CALL)
    assert copier(EventCandidate)(candidate) == candidate


@record(kw_only=True)
class _Record:
    name: str
    sides: tuple[int, ...] = ()


@attrs.frozen(kw_only=True)
class _Frozen:
    name: str
    sides: tuple[int, ...] = ()


@given(st.text(max_size=3), st.lists(st.integers(), max_size=3), st.text(max_size=3))
def test_a_record_compares_and_hashes_as_a_frozen_class(name: str, sides: list[int], other: str) -> None:
    made, again, frozen = (
        _Record(name=name, sides=tuple(sides)),
        _Record(name=name, sides=tuple(sides)),
        _Frozen(name=name, sides=tuple(sides)),
    )
    assert made == again and hash(made) == hash(again) and len({made, again}) == 1
    assert (made == _Record(name=other, sides=tuple(sides))) == (frozen == _Frozen(name=other, sides=tuple(sides)))
    assert attrs.evolve(made, name=other) == _Record(name=other, sides=tuple(sides))
    assert attrs.asdict(made) == attrs.asdict(frozen)


def test_the_parsers_records_are_hashable_values() -> None:
    paris = Mention(kind=MentionKind.PLACE, start=2, end=3, text="Paris")
    assert len({paris, Mention(kind=MentionKind.PLACE, start=2, end=3, text="Paris")}) == 1
    assert paris.is_leader is False and copier(Mention)(paris, kind=MentionKind.PERSON).is_leader is True
