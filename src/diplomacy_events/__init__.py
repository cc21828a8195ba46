"""diplomacy_events: leader-level meetings, visits, calls and summits from English news text.

>>> import datetime
>>> import diplomacy_events as de
>>> result = de.parse("Vladimir Putin received Syria's Bashar al-Assad at his Sochi residence on Monday.",
...                   published=datetime.date(2017, 11, 23))
>>> [([p.name for p in m.participants], m.kind.value, str(m.date)) for m in result.meetings]
[(['Vladimir Putin', 'Bashar al-Assad'], 'visit', '2017-11-20')]

Importing the package is cheap: each public name is imported from its
submodule on first use (PEP 562), so ``from diplomacy_events import parse``
loads the pipeline but not, say, the serializer or the collections.
"""

import importlib

# ``typing.TYPE_CHECKING`` would import ``typing``, which costs more than the rest of this module;
# type checkers treat any constant of this name alike.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from .collection import EventCollection, merge, merge_summits
    from .errors import (
        BadInputError,
        DiplomacyEventsError,
        InvalidDateError,
        InvalidValueError,
        KnowledgeBaseError,
        LexiconError,
        LexiconWarning,
        MissingExtraError,
        UnknownCountryError,
        UnknownLeaderError,
        UnknownMembershipError,
        UnknownOrganizationError,
    )
    from .knowledge import (
        Conference,
        CountryInfo,
        KnowledgeBase,
        Membership,
        Organization,
        SummitRecord,
        Suspension,
        Vacancy,
        default_knowledge,
    )
    from .lexicon import Lexicon, default_lexicon
    from .model import (
        Country,
        DateSpan,
        Evidence,
        Explanation,
        Head,
        Identification,
        Identified,
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

#: The submodule each public name is imported from on first access.
_SUBMODULES = {
    "EventCollection": "collection",
    "merge": "collection",
    "merge_summits": "collection",
    "BadInputError": "errors",
    "DiplomacyEventsError": "errors",
    "InvalidDateError": "errors",
    "InvalidValueError": "errors",
    "KnowledgeBaseError": "errors",
    "LexiconError": "errors",
    "LexiconWarning": "errors",
    "MissingExtraError": "errors",
    "UnknownCountryError": "errors",
    "UnknownLeaderError": "errors",
    "UnknownMembershipError": "errors",
    "UnknownOrganizationError": "errors",
    "Conference": "knowledge",
    "CountryInfo": "knowledge",
    "KnowledgeBase": "knowledge",
    "Membership": "knowledge",
    "Organization": "knowledge",
    "SummitRecord": "knowledge",
    "Suspension": "knowledge",
    "Vacancy": "knowledge",
    "default_knowledge": "knowledge",
    "Lexicon": "lexicon",
    "default_lexicon": "lexicon",
    "Country": "model",
    "DateSpan": "model",
    "Evidence": "model",
    "Explanation": "model",
    "Identification": "model",
    "Identified": "model",
    "Head": "model",
    "Leader": "model",
    "Meeting": "model",
    "MeetingKind": "model",
    "Office": "model",
    "ParseResult": "model",
    "Participant": "model",
    "Place": "model",
    "Precision": "model",
    "Report": "model",
    "Role": "model",
    "Source": "model",
    "SourceKind": "model",
    "Status": "model",
    "Summit": "model",
    "Parser": "parser",
    "parse": "parser",
    "parse_many": "parser",
    "from_dict": "serialize",
    "from_json": "serialize",
    "json_schema": "serialize",
    "to_dict": "serialize",
    "to_json": "serialize",
}

__all__ = [
    "BadInputError",
    "Conference",
    "Country",
    "CountryInfo",
    "DateSpan",
    "DiplomacyEventsError",
    "EventCollection",
    "Evidence",
    "Explanation",
    "Head",
    "Identification",
    "Identified",
    "InvalidDateError",
    "InvalidValueError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Leader",
    "Lexicon",
    "LexiconError",
    "LexiconWarning",
    "Meeting",
    "MeetingKind",
    "Membership",
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
    "Suspension",
    "UnknownCountryError",
    "UnknownLeaderError",
    "UnknownMembershipError",
    "UnknownOrganizationError",
    "Vacancy",
    "__version__",
    "default_knowledge",
    "default_lexicon",
    "from_dict",
    "from_json",
    "json_schema",
    "merge",
    "merge_summits",
    "parse",
    "parse_many",
    "to_dict",
    "to_json",
]


def _load(name: str) -> object:
    """Import a public name from its submodule and keep it here, so later look-ups are plain."""
    try:
        submodule = _SUBMODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{submodule}", __name__), name)
    globals()[name] = value
    return value


if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays an error for them
    __getattr__ = _load


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
