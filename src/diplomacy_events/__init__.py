"""diplomacy_events: leader-level meetings, visits, calls and summits from English news text.

>>> import datetime
>>> import diplomacy_events as de
>>> result = de.parse("On Monday, Putin hosted Syrian President Bashar al-Assad in Sochi.",
...                   published=datetime.date(2017, 11, 23))
>>> [([p.name for p in m.participants], m.kind.value, str(m.date)) for m in result.meetings]
[(['Vladimir Putin', 'Bashar al-Assad'], 'visit', '2017-11-20')]
"""

from __future__ import annotations

from .collection import EventCollection, merge
from .errors import (
    BadInputError,
    DiplomacyEventsError,
    InvalidDateError,
    InvalidValueError,
    KnowledgeBaseError,
    MissingExtraError,
    UnknownCountryError,
    UnknownLeaderError,
    UnknownOrganizationError,
)
from .knowledge import CountryInfo, KnowledgeBase, Organization, SummitRecord, Vacancy, default_knowledge
from .model import (
    Country,
    DateSpan,
    Evidence,
    Head,
    Leader,
    Meeting,
    MeetingKind,
    Office,
    ParseResult,
    Participant,
    Place,
    Precision,
    Report,
    Role,
    Source,
    SourceKind,
    Status,
    Summit,
)
from .parser import Parser, parse, parse_many
from .serialize import from_dict, from_json, json_schema, to_dict, to_json

__version__ = "0.1.0"

__all__ = [
    "BadInputError",
    "Country",
    "CountryInfo",
    "DateSpan",
    "DiplomacyEventsError",
    "EventCollection",
    "Evidence",
    "Head",
    "InvalidDateError",
    "InvalidValueError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Leader",
    "Meeting",
    "MeetingKind",
    "MissingExtraError",
    "Office",
    "Organization",
    "ParseResult",
    "Parser",
    "Participant",
    "Place",
    "Precision",
    "Report",
    "Role",
    "Source",
    "SourceKind",
    "Status",
    "Summit",
    "SummitRecord",
    "UnknownCountryError",
    "UnknownLeaderError",
    "UnknownOrganizationError",
    "Vacancy",
    "__version__",
    "default_knowledge",
    "from_dict",
    "from_json",
    "json_schema",
    "merge",
    "parse",
    "parse_many",
    "to_dict",
    "to_json",
]
