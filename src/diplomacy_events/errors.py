"""The exception hierarchy: every error the library raises derives from one root.

>>> from diplomacy_events import DiplomacyEventsError, DateSpan
>>> import datetime
>>> try:
...     DateSpan(start=datetime.date(2020, 2, 1), end=datetime.date(2020, 1, 1))
... except DiplomacyEventsError as exc:
...     print(type(exc).__name__)
InvalidDateError
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

__all__ = [
    "BadInputError",
    "DiplomacyEventsError",
    "InvalidDateError",
    "InvalidValueError",
    "KnowledgeBaseError",
    "LexiconError",
    "LexiconWarning",
    "MissingExtraError",
    "UnknownCountryError",
    "UnknownLeaderError",
    "UnknownMembershipError",
    "UnknownOrganizationError",
    "import_extra",
]


class DiplomacyEventsError(Exception):
    """The root of every error raised by diplomacy_events."""


class InvalidValueError(DiplomacyEventsError, ValueError):
    """A model field got a value that breaks its invariant.

    Attributes:
        field (str): The field's name ("code", "published").
        value (Any): The offending value.
        reason (str): What is wrong with it, in words.
    """

    def __init__(self, field: str, value: Any, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}={value!r}: {reason}")


class InvalidDateError(InvalidValueError):
    """A date or date span is malformed, reversed or out of range."""


class UnknownCountryError(InvalidValueError, LookupError):
    """A country code or name that neither pycountry nor the knowledge base knows."""


class BadInputError(DiplomacyEventsError, ValueError):
    """Input that cannot be parsed: wrong type, undecodable bytes, malformed JSON.

    Attributes:
        input (Any): The offending input (truncated for display by the caller).
    """

    def __init__(self, message: str, input: Any = None) -> None:
        self.input = input
        super().__init__(message)


class MissingExtraError(DiplomacyEventsError, ImportError):
    """An optional extra (pandas, networkx, matplotlib) is not installed; the message says what to install."""


def import_extra(module: str, extra: str, caller: str) -> Any:
    """Import ``module`` of the optional ``extra``, or raise :class:`MissingExtraError` naming what to install.

    >>> import_extra("json", "none", "example").dumps([])
    '[]'
    >>> import_extra("no_such_module", "plot", "plot_timeline")
    Traceback (most recent call last):
    ...
    diplomacy_events.errors.MissingExtraError: plot_timeline() needs no_such_module: pip install '...[plot]'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise MissingExtraError(f"{caller}() needs {top}: pip install 'diplomacy-events[{extra}]'") from None


class KnowledgeBaseError(DiplomacyEventsError):
    """A knowledge-base data file is missing or inconsistent."""


class UnknownLeaderError(KnowledgeBaseError, LookupError):
    """``KnowledgeBase.leader()`` found no leader with that id."""


class UnknownOrganizationError(KnowledgeBaseError, LookupError):
    """``KnowledgeBase.organization()`` found no organization by that name."""


class UnknownMembershipError(KnowledgeBaseError, LookupError):
    """The knowledge base does not know an organization's members on a day (before its lists are complete).

    Attributes:
        organization (str): The organization's id.
        day (datetime.date): The day asked about.
        known_from (datetime.date): The first day whose members it knows.
    """

    def __init__(self, organization: str, day: dt.date, known_from: dt.date) -> None:
        self.organization = organization
        self.day = day
        self.known_from = known_from
        super().__init__(f"the members of {organization} on {day} are not known (the data begins on {known_from})")


class LexiconError(DiplomacyEventsError, ValueError):
    """A lexicon file (the parser's vocabularies) is unreadable or has a bad entry.

    ``file`` names the file, ``entry`` the list or phrase at fault (``None``
    for the whole file) and ``reason`` what is wrong with it.
    """

    def __init__(self, file: str, entry: str | None, reason: str) -> None:
        self.file = file
        self.entry = entry
        self.reason = reason
        super().__init__(f"{file}: {entry} {reason}" if entry else f"{file} {reason}")


class LexiconWarning(UserWarning):
    """A lexicon file lacks lists that this version reads; the bundled lists stand in for them.

    A file written for an earlier version keeps working: each list added
    since is taken from the bundled lexicon, and this warning names them, so
    that the file can be brought up to date. ``file`` names the file and
    ``entries`` the lists taken from the bundled lexicon.

    >>> LexiconWarning("words.json", ("host_owner",)).entries
    ('host_owner',)
    """

    def __init__(self, file: str, entries: tuple[str, ...]) -> None:
        self.file = file
        self.entries = entries
        super().__init__(f"{file} lacks {', '.join(entries)}: the bundled lists are used instead")
