"""What the event rules produce: meeting candidates and the summits a sentence names."""

from __future__ import annotations

from typing import Any

from ..copies import copier, record
from ..lexicon import TriggerType
from ..mentions import Mention
from ..model import MeetingKind, Status
from ..timex import TimeExpression

__all__ = ["EventCandidate", "SummitMention"]


@record(kw_only=True)
class SummitMention:
    """A summit named in a sentence: its series, venue and time, if the text gives them."""

    start: int
    end: int
    name: str
    organization: str | None = None
    place: Mention | None = None
    time: TimeExpression | None = None
    anaphoric: bool = False  # "the summit": the one named last
    joint: bool = False  # "the ASEAN-GCC summit": of two organizations (or an organization and a country)
    leaders: bool = False  # "the Quad Leaders' Summit": its name says who attends, its members' leaders
    edition: int | None = None  # "the 10th summit of the OTS": which of the series' summits
    sequel: str | None = None  # "the following summit", "the next summit": an edition of the series named before
    countries: tuple[str, ...] = ()  # "the Japan-China-ROK summit": the countries whose leaders meet
    venue: bool = False  # "the G20 in Osaka": a summit only if the series met there then
    rule: str = ""  # the id of the rule that read it (see events.summits)
    time_rule: str = ""  # the rule that chose its time, when not its own words' ("date.summit-frame")
    titled: bool = False  # "the Amazon summit": titled by a word of its own, a gathering the knowledge base lacks
    setting: bool = False  # "on the sidelines of the G7 summit": a meeting's setting, of that meeting's status


@record(kw_only=True)
class EventCandidate:
    """One meeting a trigger reports, before its people and date are resolved.

    ``participants`` holds the subject first. For a visit, ``host`` is the
    mention whose country receives (a person, place or country). ``days``
    is the length a visit is given ("a three-day visit"); ``ends`` says its
    date is the last of them ("ended a three-day visit on Thursday") rather
    than the first. ``rules`` are the ids of the rules that made it (see
    :mod:`diplomacy_events.rules`).
    """

    trigger: str
    trigger_type: TriggerType
    kind: MeetingKind
    status: Status
    start: int  # token span of the trigger within the sentence
    end: int
    participants: tuple[Mention, ...]
    host: Mention | None = None
    implicit_host: bool = False  # add the host country's leader ("visited India")
    state_visit: tuple[str, ...] = ()  # a state visit: the leaders its sentence names, who may be its unnamed host
    time: TimeExpression | None = None
    place: Mention | None = None
    summit: SummitMention | None = None
    summit_relation: str | None = None  # "before"/"after"/"eve": dated by the summit, not part of it
    present: bool = False  # a present-tense verb: "meets on November 30" may lie ahead
    ahead: bool = False  # a journey told in the present with a weekday: "flies to Tehran on Monday" lies ahead
    trip: bool = False  # "arrived in Moscow on Monday": no meeting, but it dates the traveller's next one
    days: int = 0
    ends: bool = False
    onward: int = 0  # days a plan may lie after its time, the first day (a departure's, a tour's start)
    departed: bool = False  # that time is a departure's told in the past tense ("left on Tuesday"): read back
    attendance: bool = False  # only says who attends ``summit``: no meeting of its own
    joins: bool = False  # only adds its people to the meeting told last: "the talks, which she will also attend"
    since: TimeExpression | None = None  # what a counted ``time`` counts from, when its sentence says
    aside: bool = False  # told in a relative or subordinate clause of another event: no context for the next
    goes_on: bool = False  # "X also met Y": an undated meeting that goes on from the event told before
    next_step: bool = False  # "will then meet Y": an undated plan that comes next after the event told before
    rules: tuple[str, ...] = ()

    def changed(self, **changes: Any) -> EventCandidate:
        """A copy with ``changes``: what ``attrs.evolve`` makes, without looking the fields up on every call.

        >>> import attrs
        >>> from diplomacy_events.lexicon import TriggerType
        >>> made = EventCandidate(trigger="met", trigger_type=TriggerType.MEET, kind=MeetingKind.MEETING,
        ...                       status=Status.OCCURRED, start=1, end=2, participants=())
        >>> made.changed(kind=MeetingKind.CALL) == attrs.evolve(made, kind=MeetingKind.CALL)
        True
        """
        return _copy(self, **changes)


_copy = copier(EventCandidate)
