"""Lossless conversion of model objects to plain dicts and JSON, and back.

The converter is a :class:`cattrs.Converter` with hooks for dates (ISO
strings), countries (alpha-3 strings) and enums (their values), so the JSON
of a :class:`~diplomacy_events.model.Meeting` is the interchange format of
``docs/schema/meeting.schema.json``.

>>> import datetime
>>> from diplomacy_events import DateSpan, to_dict, from_dict
>>> span = DateSpan.from_date(datetime.date(2017, 11, 20))
>>> to_dict(span)
{'start': '2017-11-20', 'end': '2017-11-20', 'precision': 'day'}
>>> from_dict(to_dict(span), DateSpan) == span
True
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from typing import Any, TypeVar, Union

import attrs
import cattrs
import cattrs.gen

from .errors import BadInputError, InvalidValueError
from .model import Country, Meeting, ParseResult, Report, Summit

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=False)
"""The converter behind :func:`to_dict` and :func:`from_dict`; extend it for your own classes."""


def _structure_date(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str):
        raise InvalidValueError("date", value, "expected an ISO date string")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InvalidValueError("date", value, "not an ISO date (YYYY-MM-DD)") from None


def _structure_country(value: Any, _: type) -> Country:
    if isinstance(value, Country):
        return value
    return Country(code=value)


converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
converter.register_structure_hook(dt.date, _structure_date)
converter.register_unstructure_hook(Country, lambda country: country.code)
converter.register_structure_hook(Country, _structure_country)

#: Fields whose JSON key differs from the attribute: ``place`` is ``location``.
# (Report comes first: the hooks made for Meeting take the hook of Report then registered.)
JSON_NAMES: dict[type, dict[str, str]] = {cls: {"place": "location"} for cls in (Report, Meeting, Summit)}

for _cls in JSON_NAMES:
    _location = cattrs.gen.override(rename="location")
    converter.register_unstructure_hook(_cls, cattrs.gen.make_dict_unstructure_fn(_cls, converter, place=_location))
    converter.register_structure_hook(_cls, cattrs.gen.make_dict_structure_fn(_cls, converter, place=_location))


def to_dict(obj: Any) -> Any:
    """Turn a model object (or a list or tuple of them) into plain JSON-ready data."""
    return converter.unstructure(obj)


def from_dict(data: Any, cls: type[T]) -> T:
    """Build a ``cls`` from plain data made by :func:`to_dict` (or read from JSON).

    Raises :class:`~diplomacy_events.errors.BadInputError` when the data does
    not fit the class, naming what is wrong.
    """
    try:
        return converter.structure(data, cls)
    except InvalidValueError:
        raise
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError, AttributeError) as exc:
        messages = cattrs.transform_error(exc) if isinstance(exc, cattrs.BaseValidationError) else [str(exc)]
        raise BadInputError(f"cannot build {cls.__name__}: {'; '.join(messages)}", data) from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Serialise a model object to a JSON string."""
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON made by :func:`to_json` back into a ``cls``."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInputError(f"invalid JSON: {exc}", text) from None
    return from_dict(data, cls)


_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
    Country: {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 3166-1 alpha-3 code"},
}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(tp) if arg is not type(None)]
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in typing.get_args(tp) else schema
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"type": "string", "enum": [member.value for member in tp]}
    if attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    names = JSON_NAMES.get(cls, {})
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0],
        "properties": {names.get(f.name, f.name): _type_schema(hints[f.name], defs) for f in fields},
        "required": [names.get(f.name, f.name) for f in fields if f.default is attrs.NOTHING],
    }


def json_schema(cls: type = Meeting) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON that :func:`to_json` writes for ``cls``.

    >>> json_schema(Meeting)["title"]
    'Meeting'
    """
    defs: dict[str, Any] = {}
    root = _class_schema(cls, defs)
    defs.pop(cls.__name__, None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        **root,
        "$defs": dict(sorted(defs.items())),
    }


#: The classes whose schema is published in ``docs/schema/``.
PUBLISHED_SCHEMAS = (Meeting, Summit, ParseResult)
