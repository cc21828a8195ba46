"""The enum members the event stage's hot loops test, as module names.

In Python 3.11 reading a member off its enum class (``MentionKind.PRONOUN``)
takes the slow path of the metaclass's ``EnumType.__getattr__`` hook (some 900
interpreter instructions, about what a short function call costs); a module
name costs a few dozen. Tests made per mention, per reading or per phase use
these names; the rules' registrations and rare paths keep the class-qualified
spelling.

>>> PRONOUN is MentionKind.PRONOUN, PLANNED is Status.PLANNED, MEET is TriggerType.MEET
(True, True, True)
"""

from __future__ import annotations

from ..lexicon import TriggerType
from ..mentions import MentionKind
from ..model import MeetingKind, Status
from ..timex import TimeKind

__all__ = [
    "AGO",
    "CALL",
    "CALL_KIND",
    "GROUP",
    "HOST",
    "LATER",
    "MEET",
    "MEETING",
    "OTHER",
    "PERSON",
    "PLACES",
    "PLANNED",
    "PRONOUN",
]

PRONOUN = MentionKind.PRONOUN
PERSON = MentionKind.PERSON
PLACES = (MentionKind.PLACE, MentionKind.COUNTRY)  # where a visit goes
OTHER = MentionKind.OTHER
GROUP = MentionKind.GROUP
PLANNED = Status.PLANNED
MEETING = MeetingKind.MEETING
CALL_KIND = MeetingKind.CALL  # a meeting held by phone or video
MEET = TriggerType.MEET
CALL = TriggerType.CALL
HOST = TriggerType.HOST
AGO = TimeKind.AGO
LATER = TimeKind.LATER
