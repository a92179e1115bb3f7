"""Records and results as plain, JSON-ready data: one unstructuring path for all of them.

Built on ``attr.asdict`` (lists for tuples) with one value serializer: money and other decimals
become strings (so no float ever stands for a price), dates ISO text, durations ISO 8601,
enumerations their values, and a record that others refer to (a source, an organization, a
credential) its id wherever another record holds it.

A record (a type of the ``records`` module) is written as the data files and the JSON export
write it: a field holding its default is left out, so ``record.to_dict()`` is the record's object
in the export. A result (a cost breakdown, a report, a profile) keeps every field, so a program
reading it always finds the same keys.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, ClassVar

import attr

__all__ = [
    "Plain",
    "Referenced",
    "holds_default",
    "iso_duration",
    "leaves",
    "to_plain",
    "value_text",
]


# The module whose types are records, written in the data files' shape (see the docstring).
_RECORDS_MODULE = f"{__name__.rpartition('.')[0]}.records"


class Plain:
    """Gives an attrs class ``to_dict()``; ``_plain_extras`` names properties to add to it.

    ``_plain_as_data`` (true for the record types, unless a class sets it) leaves out fields
    that hold their default, as the data files do.
    """

    __slots__ = ()
    _plain_extras: ClassVar[tuple[str, ...]] = ()
    _plain_as_data: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ == _RECORDS_MODULE and "_plain_as_data" not in cls.__dict__:
            cls._plain_as_data = True  # a subclass elsewhere inherits its base's choice

    def to_dict(self) -> dict[str, Any]:
        """This object as plain data (str, int, bool, None, lists and dicts), ready for JSON.

        A record gives its object in the data files and the JSON export, defaults left out.
        """
        return to_plain(self, omit_defaults=type(self)._plain_as_data)


class Referenced(Plain):
    """A record that others hold by reference: nested, it is written as its ``id``."""

    __slots__ = ()
    id: str


def iso_duration(value: timedelta) -> str:
    """``PT4H``, ``PT1H30M``: a duration as the data files write it."""
    hours, minutes = divmod(int(value.total_seconds()) // 60, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def to_plain(record: Any, *, omit_defaults: bool = False) -> dict[str, Any]:
    """``record`` (an attrs instance) as a dict of plain values; see the module docstring.

    With ``omit_defaults``, fields holding their default are left out, as the data files write
    records: the JSON export is then the data files' own text, record for record.
    """
    data: dict[str, Any] = attr.asdict(
        record,
        retain_collection_types=False,
        value_serializer=_serialize,
        filter=_not_default if omit_defaults else None,
    )
    for name in getattr(record, "_plain_extras", ()):
        data[name] = _leaf(getattr(record, name))
    return data


def holds_default(field: attr.Attribute[Any], value: Any) -> bool:
    """Whether ``value`` is the field's default (data files and compiled modules omit it)."""
    default: Any = field.default
    if isinstance(default, attr.Factory):  # type: ignore[arg-type]
        return bool(value == default.factory())
    return default is not attr.NOTHING and value == default and type(value) is type(default)


def _not_default(field: attr.Attribute[Any], value: Any) -> bool:
    return not holds_default(field, value)


def _serialize(instance: Any, field: Any, value: Any) -> Any:
    if isinstance(value, Referenced):
        return value.id
    if isinstance(value, tuple) and value and isinstance(value[0], Referenced):
        return [item.id for item in value]
    if isinstance(value, Plain) and type(value)._plain_extras:
        return to_plain(value)
    if isinstance(value, tuple) and value and getattr(type(value[0]), "_plain_extras", ()):
        return [to_plain(item) for item in value]
    return _leaf(value)


def _leaf(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return iso_duration(value)
    if isinstance(value, frozenset):
        return sorted(_leaf(item) for item in value)
    return value


# Fields that hold provenance rather than values.
_PROVENANCE = frozenset({"sources", "citations"})


def leaves(record: object) -> Iterator[tuple[str, str]]:
    """Each value a record reports, as (field path, text); provenance is left to
    ``sources_for``. Lists of records go item by item (``prices[0].amount``); a record held by
    reference (an organization, a source) is its id."""
    return _leaves(record, "")


def _leaves(value: Any, prefix: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, Referenced) and prefix:
        yield prefix, value.id
    elif attr.has(type(value)):
        for field in attr.fields(type(value)):
            if field.name not in _PROVENANCE:
                sub = f"{prefix}.{field.name}" if prefix else field.name
                yield from _leaves(getattr(value, field.name), sub)
    elif isinstance(value, tuple):
        if value and all(attr.has(type(item)) for item in value):
            for index, item in enumerate(value):
                yield from _leaves(item, f"{prefix}[{index}]")
        elif value:
            yield prefix, value_text(value)
    elif value is not None:
        yield prefix, value_text(value)


def value_text(value: Any) -> str:
    """A value as short text: enumerations their value, decimals and dates as written,
    durations in minutes, tuples joined by commas."""
    if isinstance(value, tuple):
        return ", ".join(value_text(item) for item in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, (date, Decimal)):
        return str(value)
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds()) // 60
        return f"{minutes} min"
    return str(value)
