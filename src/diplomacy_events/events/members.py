"""The enum members the parse's hot loops test, as module names.

In Python 3.11 reading a member off its enum class (``MentionKind.PRONOUN``)
takes the slow path of the metaclass's ``EnumType.__getattr__`` hook (some 900
interpreter instructions, about what a short function call costs); a module
name costs a few dozen. Tests made per mention, per reading or per phase use
these names (the event stage and the modules that import it, such as
:mod:`~diplomacy_events.assemble`); the rules' registrations and rare paths keep
the class-qualified spelling. A module this one cannot be imported into (it
would close an import cycle) binds the few members it needs as private module
names at its top instead, with a comment that points here.

>>> PRONOUN is MentionKind.PRONOUN, PLANNED is Status.PLANNED, MEET is TriggerType.MEET
(True, True, True)
"""

from __future__ import annotations

from ..lexicon import TriggerType
from ..mentions import MentionKind
from ..model import Identification, MeetingKind, Precision, Status
from ..timex import TimeKind

__all__ = [
    "AGO",
    "ATTEND",
    "BY_NAME",
    "BY_PRONOUN",
    "BY_SPEAKER",
    "CALL",
    "CALL_KIND",
    "COUNTRY",
    "DAY",
    "GOVERNMENT",
    "GROUP",
    "HOST",
    "INVITE",
    "LATER",
    "MEET",
    "MEETING",
    "MONTH",
    "OCCURRED",
    "OFFICE",
    "OTHER",
    "PERSON",
    "PLACES",
    "PLANNED",
    "PRONOUN",
    "STATES",
    "SUMMIT",
    "VISIT",
    "WEEK",
]

PRONOUN = MentionKind.PRONOUN
PERSON = MentionKind.PERSON
OFFICE = MentionKind.OFFICE
PLACES = (MentionKind.PLACE, MentionKind.COUNTRY)  # where a visit goes
STATES = (MentionKind.COUNTRY, MentionKind.ORGANIZATION)  # whose leaders "the leaders of" names
OTHER = MentionKind.OTHER
COUNTRY = MentionKind.COUNTRY  # a country, or its capital as its government: "Washington invited X"
GROUP = MentionKind.GROUP
GOVERNMENT = MentionKind.GOVERNMENT  # a seat of government: "the Kremlin said"
OCCURRED = Status.OCCURRED
PLANNED = Status.PLANNED
MEETING = MeetingKind.MEETING
SUMMIT = MeetingKind.SUMMIT
VISIT = MeetingKind.VISIT
CALL_KIND = MeetingKind.CALL  # a meeting held by phone or video
MEET = TriggerType.MEET
CALL = TriggerType.CALL
HOST = TriggerType.HOST
ATTEND = TriggerType.ATTEND
INVITE = TriggerType.INVITE
AGO = TimeKind.AGO
LATER = TimeKind.LATER
DAY = Precision.DAY  # a date's precision
WEEK = Precision.WEEK
MONTH = Precision.MONTH
BY_NAME = Identification.NAME  # how a participant was identified
BY_PRONOUN = Identification.PRONOUN
BY_SPEAKER = Identification.SPEAKER
