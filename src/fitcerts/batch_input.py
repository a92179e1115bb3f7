"""Reading a table of candidates into columns for the column-wise judge: each distinct cell is
read once, as a Profile reads it."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs
import numpy

from .profile import Profile

if TYPE_CHECKING:
    from .release import Release
from .batch_kernels import Array

__all__ = [
    "Column",
    "Table",
    "read_table",
]


# Digits a whole number read from text may have; Profile's ranges stop far below.
_DIGITS = 18


_FLAG_WORDS = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _unboxed(value: object) -> object:
    """A numpy scalar as its Python value, a numpy array as a list; ``None`` for NaN or blank."""
    if isinstance(value, (numpy.generic, numpy.ndarray)):
        value = value.tolist()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Decimal) and value.is_nan():
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _flag(value: object) -> object:
    value = _unboxed(value)
    if isinstance(value, str):
        return _FLAG_WORDS.get(value.strip().casefold(), value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, Decimal)) and value in (0, 1):
        return bool(value)
    return value


def _whole(value: object) -> object:
    value = _unboxed(value)
    if isinstance(value, str):
        try:
            number = _whole(Decimal(value.strip()))
        except ArithmeticError:
            return value
        return number if isinstance(number, int) else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if (
        isinstance(value, Decimal)
        and value.is_finite()
        and value.adjusted() < _DIGITS  # no 1e999999999: nobody is that old
        and value == value.to_integral_value()
    ):
        return int(value)
    return value


def _keys(value: object) -> object:
    value = _unboxed(value)
    if isinstance(value, str):
        keys = tuple(key for key in (part.strip() for part in value.split(";")) if key)
        if len(keys) == 1 and keys[0].casefold() == "none":
            return ()
        return keys or value
    if isinstance(value, list):
        return tuple(value)
    return value


def _text(value: object) -> object:
    value = _unboxed(value)
    return value.strip() if isinstance(value, str) else value


# Column types whose cells pandas groups exactly as reading them would (by value and type):
# one type of value per column, so ``True`` never meets ``1``.
_ONE_TYPE = frozenset({"string", "boolean", "integer", "floating", "decimal", "empty", "bytes"})


def _distinct(series: Any, kind: str) -> tuple[Array, list[object]]:
    """Each cell's code (-1 for a gap) and the read value of each code.

    Cells pandas can group (one type of hashable value per column, or a numeric, string or
    categorical dtype) are read once per distinct value; any other column is read cell by cell,
    remembering what it read by value and type, as ``Profile.from_dict`` would take each cell.
    """
    import pandas

    read = _READERS.get(kind, _unboxed)
    grouped = series.dtype != object or (
        pandas.api.types.infer_dtype(series, skipna=True) in _ONE_TYPE
    )
    gaps = series.isna().to_numpy(dtype=bool)
    if grouped:
        codes, uniques = pandas.factorize(series, use_na_sentinel=True)
        codes = numpy.asarray(codes, dtype=numpy.int64)
        codes[gaps] = -1
        return codes, [read(value) for value in list(uniques)]
    seen: dict[object, int] = {}
    values: list[object] = []
    out = numpy.full(len(series), -1, dtype=numpy.int64)
    for row, (value, gap) in enumerate(zip(series.tolist(), gaps.tolist(), strict=True)):
        if gap:
            continue
        try:
            key: object = (type(value), value)
            hash(key)
        except TypeError:  # a list, say: read alone
            key = object()
        code = seen.get(key)
        if code is None:
            code = seen[key] = len(values)
            values.append(read(value))
        out[row] = code
    return out, values


@attrs.define
class Column:
    """One Profile fact over every row: codes into ``values`` (code 0 is unknown), and the
    problems of the rows that do not hold a valid value."""

    name: str
    codes: Array  # int32 per row
    values: list[Any]  # the value of each code, as the Profile holds it (keys resolved)
    problem_codes: Array  # int32 per row, 0: none
    problems: list[tuple[str, ...]]  # per problem code; [0] is ()
    lookup_codes: Array  # int32 per row, 0: the keys resolve (or are not keys)
    lookup_errors: list[str]  # per lookup code; [0] is ""


def _column(series: Any, name: str, kind: str, catalog: Release) -> Column:
    from .eligibility_rules import resolve_profile
    from .errors import ProfileError

    raw, read = _distinct(series, kind)
    canonical: dict[object, int] = {None: 0}
    values: list[object] = [None]
    problems: list[tuple[str, ...]] = [()]
    lookups: list[str] = [""]
    code_of = numpy.zeros(len(read) + 1, dtype=numpy.int32)  # slot 0: a gap
    problem_of = numpy.zeros(len(read) + 1, dtype=numpy.int32)
    lookup_of = numpy.zeros(len(read) + 1, dtype=numpy.int32)
    for number, value in enumerate(read, start=1):
        try:
            profile = Profile.from_dict({name: value})
        except ProfileError as error:
            problem_of[number] = len(problems)
            problems.append(error.problems)
            continue
        if kind == "keys" and name != "program_accreditations":
            try:
                profile = resolve_profile(catalog.catalog, profile)
            except LookupError as error:
                lookup_of[number] = len(lookups)
                lookups.append(str(error))
                continue
        held = getattr(profile, name)
        code = canonical.get(held)
        if code is None:
            code = canonical[held] = len(values)
            values.append(held)
        code_of[number] = code
    return Column(
        name=name,
        codes=code_of[raw + 1],
        values=values,
        problem_codes=problem_of[raw + 1],
        problems=problems,
        lookup_codes=lookup_of[raw + 1],
        lookup_errors=lookups,
    )


@attrs.define
class Table:
    """A table of candidates read column-wise: a Column per Profile fact, and for each row its
    error (an index into ``errors``, -1 for a valid row)."""

    rows: int
    columns: dict[str, Column]
    error_codes: Array  # int32 per row, -1: valid
    errors: list[str]


def read_table(profiles: Any, catalog: Release) -> Table:
    """Every column of ``profiles`` read as ``Profile.from_dict`` reads a row, and every row's
    error, found column by column: the problems of its cells (unknown columns first, then the
    fields in Profile's order), else a credential or membership key this release does not
    know."""
    from .errors import ProfileError
    from .profile import profile_fields

    rows = len(profiles)
    names = [str(name) for name in profiles.columns]
    kinds = {field.name: field.kind for field in profile_fields()}
    given = {
        name: _column(profiles.iloc[:, position], name, kinds[name], catalog)
        for position, name in enumerate(names)
        if name in kinds
    }
    unknown: list[str] = []
    if len(given) < len(names):
        try:
            Profile.from_dict(dict.fromkeys(names))
        except ProfileError as error:  # the unknown-field problem, worded by Profile
            unknown = [p for p in error.problems if p.startswith("unknown field")]
    columns = {name: given.get(name) or _unknown_column(name, rows) for name in kinds}
    ordered = [columns[name] for name in kinds]
    bad = numpy.zeros(rows, dtype=bool)
    for column in ordered:
        bad |= column.problem_codes != 0
    if unknown:
        bad[:] = True
    error_codes = numpy.full(rows, -1, dtype=numpy.int32)
    errors: list[str] = []
    known: dict[tuple[int, ...], int] = {}
    where = numpy.flatnonzero(bad)
    if len(where):
        codes = numpy.stack([column.problem_codes[where] for column in ordered], axis=1)
        for row, key in zip(where.tolist(), map(tuple, codes.tolist()), strict=True):
            number = known.get(key)
            if number is None:
                found = [
                    p
                    for c, code in zip(ordered, key, strict=True)
                    if code
                    for p in c.problems[code]
                ]
                number = known[key] = len(errors)
                errors.append(str(ProfileError([*unknown, *found])))
            error_codes[row] = number
    # A valid profile whose keys this release does not know: credentials are resolved first.
    for name in ("credentials", "memberships"):
        column = columns[name]
        if len(column.lookup_errors) == 1:
            continue
        missing = (column.lookup_codes != 0) & (error_codes < 0)
        offsets = numpy.full(len(column.lookup_errors), -1, dtype=numpy.int32)
        for code in numpy.unique(column.lookup_codes[missing]).tolist():
            offsets[code] = len(errors)
            errors.append(column.lookup_errors[code])
        error_codes[missing] = offsets[column.lookup_codes[missing]]
    return Table(rows=rows, columns=columns, error_codes=error_codes, errors=errors)


def _unknown_column(name: str, rows: int) -> Column:
    zeros = numpy.zeros(rows, dtype=numpy.int32)
    return Column(
        name=name,
        codes=zeros,
        values=[None],
        problem_codes=zeros,
        problems=[()],
        lookup_codes=zeros,
        lookup_errors=[""],
    )


_READERS: dict[str, Callable[[object], object]] = {
    "flag": _flag,
    "age": _whole,
    "count": _whole,
    "keys": _keys,
    "education": _text,
    "country": _text,
}
