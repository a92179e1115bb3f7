"""The one private, strict cattrs converter that turns data files into records.

Strict means: unknown keys, floats or numbers for money, numbers for strings, bools for numbers,
bad dates, bad enum values and strings where lists belong are all rejected, and every problem in
a file is reported at once with its JSON path. Imported only when data is first loaded.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import make_converter

from .dataformat import DATE_PATTERN, DECIMAL_PATTERN, DURATION_PATTERN, TABLES
from .vocabulary import Vocabulary

__all__ = ["CONVERTER", "describe", "references", "structure"]

T = TypeVar("T")
_DECIMAL = re.compile(DECIMAL_PATTERN)
_DATE = re.compile(DATE_PATTERN)
_DURATION = re.compile(DURATION_PATTERN)


class InvalidValue(ValueError):
    """A value the strict hooks refuse; its message is shown to data contributors as is."""


class BrokenReference(ValueError):
    """A reference to a record that itself failed to load: reported there, not again here."""


@attrs.frozen
class _References:
    tables: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    broken: frozenset[str] = frozenset()


_references: ContextVar[_References] = ContextVar(
    "fitcerts_references",
    default=_References(),  # noqa: B039 - frozen, so safe to share
)


@contextlib.contextmanager
def references(
    tables: Mapping[str, Mapping[str, Any]], broken: frozenset[str] = frozenset()
) -> Iterator[None]:
    """Within this block, records of ``tables`` (by table name) are written as ids, resolved here.

    ``broken`` names records that failed to load; references to them are not reported twice.
    """
    token = _references.set(_References(tables, broken))
    try:
        yield
    finally:
        _references.reset(token)


def _strict_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise InvalidValue(f"expected a string, got {_json_type(value)}")
    return value


def _strict_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(f"expected a whole number, got {_json_type(value)}")
    return value


def _strict_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(f"expected true or false, got {_json_type(value)}")
    return value


def _strict_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        raise InvalidValue(
            f'expected a decimal number written as a string (e.g. "340"), got {_json_type(value)}'
        )
    if not _DECIMAL.fullmatch(value):
        raise InvalidValue(
            f'expected a non-negative decimal such as "340" or "49.3", got {value!r}'
        )
    return Decimal(value)


def _strict_date(value: object, _: type) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise InvalidValue(f'expected a date as "YYYY-MM-DD", got {value!r}')
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise InvalidValue(f"not a real date: {value!r} ({error})") from None


def _strict_duration(value: object, _: type) -> timedelta:
    match = _DURATION.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InvalidValue(
            f'expected an ISO 8601 duration such as "PT4H" or "PT1H30M", got {value!r}'
        )
    hours, minutes = (int(group or 0) for group in match.groups())
    return timedelta(hours=hours, minutes=minutes)


def _json_type(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }
    return f"{names.get(type(value), type(value).__name__)} ({value!r})"


def _strict_enum(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    by_value = {member.value: member for member in cls}

    def structure(value: object, _: Any) -> enum.Enum:
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            allowed = ", ".join(map(repr, by_value))
            raise InvalidValue(f"{value!r} is not a valid {cls.__name__}; allowed: {allowed}")
        return member

    return structure


def _vocabulary(value: object, cls: type[Vocabulary]) -> enum.Enum:
    return _VOCABULARY_HOOKS[cls](value, cls)


# One strict hook per vocabulary, made once: the set of vocabularies is fixed.
_VOCABULARY_HOOKS = {cls: _strict_enum(cls) for cls in Vocabulary.__subclasses__()}


def _known(value: str, known: Mapping[str, object]) -> str:
    """The ids to offer instead: all of a short list, else the closest few."""
    if len(known) <= 12:
        return f"known: {', '.join(sorted(known))}"
    import difflib

    close = difflib.get_close_matches(value, list(known), n=3, cutoff=0.6)
    hint = f"did you mean: {', '.join(close)}; " if close else ""
    return f"{hint}{len(known)} known"


def _list_only(factory: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def make(type_: Any, converter: Any) -> Callable[[Any, Any], Any]:
        inner = factory(type_, converter)

        def structure(value: object, cls: Any) -> Any:
            if not isinstance(value, list):
                raise InvalidValue(f"expected a list, got {_json_type(value)}")
            return inner(value, cls)

        return structure

    return make


def _by_reference(cls: type[T], table: str, converter: cattrs.Converter) -> Callable[[Any, Any], T]:
    """Structure ``cls`` by value in its own file, and from an id wherever a table is in force."""
    by_value = make_dict_structure_fn(cls, converter)

    def structure(value: Any, _: Any) -> T:
        context = _references.get()
        known: Mapping[str, T] | None = context.tables.get(table)
        if known is None:
            return by_value(value, cls)
        if not isinstance(value, str):
            raise InvalidValue(
                f"expected the id of a {cls.__name__.lower()}, got {_json_type(value)}"
            )
        try:
            return known[value]
        except KeyError:
            if f"{table}:{value}" in context.broken:
                raise BrokenReference(value) from None
            raise InvalidValue(
                f"no {cls.__name__.lower()} with id {value!r}; {_known(value, known)}"
            ) from None

    return structure


def _build() -> cattrs.Converter:
    converter = make_converter(forbid_extra_keys=True, detailed_validation=True)
    for cls, hook in (
        (str, _strict_str),
        (int, _strict_int),
        (bool, _strict_bool),
        (Decimal, _strict_decimal),
        (date, _strict_date),
        (timedelta, _strict_duration),
    ):
        converter.register_structure_hook(cls, hook)
    converter.register_structure_hook_factory(
        lambda cls: isinstance(cls, type) and issubclass(cls, enum.Enum), _strict_enum
    )
    # The vocabularies are ``str`` subclasses: without a hook of their own, the ``str`` hook
    # above would take them (class hooks match subclasses) and leave plain strings.
    converter.register_structure_hook(Vocabulary, _vocabulary)
    converter.register_structure_hook_factory(
        is_sequence, _list_only(homogenous_tuple_structure_factory)
    )
    for table in TABLES:
        converter.register_structure_hook(
            table.record, _by_reference(table.record, table.name, converter)
        )
    return converter


CONVERTER = _build()


def structure(data: object, cls: type[T]) -> T:
    return CONVERTER.structure(data, cls)


_ALREADY_REPORTED = "\0"


def _format(error: BaseException, type_: type | None) -> str:
    if isinstance(error, BrokenReference):
        return _ALREADY_REPORTED
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown key(s): {', '.join(sorted(error.extra_fields))}"
    if isinstance(error, KeyError):
        return "required key missing"
    if isinstance(error, InvalidValue):
        return str(error)
    if isinstance(error, (ValueError, TypeError)):
        expected = f" (expected {type_.__name__})" if isinstance(type_, type) else ""
        return f"{error}{expected}"
    return f"{type(error).__name__}: {error}"


def describe(error: BaseException) -> list[str]:
    """One line per problem, ``$.path: message``, from a structuring error."""
    lines = cattrs.transform_error(error, path="$", format_exception=_format)
    return [_swap(line) for line in lines if not line.startswith(_ALREADY_REPORTED)]


def _swap(line: str) -> str:
    message, _, path = line.rpartition(" @ ")
    if len(path) > 160:  # a pathologically deep path: its two ends locate it
        path = f"{path[:100]}…{path[-40:]}"
    return f"{path}: {message}" if message else line
