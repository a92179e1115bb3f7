"""numpy kernels of the column-wise judge: a condition over distinct values, any and all of
several, the keys of several columns together and their first rows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy
from numpy.typing import NDArray

from .vocabulary import ConditionKind

if TYPE_CHECKING:
    from .records import Condition

__all__ = [
    "READS",
    "Array",
    "all_of",
    "any_of",
    "factorized",
    "fields_of",
    "first_rows",
    "leaves_of",
    "met_over_values",
    "mixed_keys",
]


Array = NDArray[Any]


def leaves_of(condition: Condition) -> list[Condition]:
    """The single-fact conditions of ``condition``, in the order the judge words them."""
    if condition.kind is ConditionKind.ALL_OF:
        return [leaf for part in condition.all_of for leaf in leaves_of(part)]
    return [condition]


def fields_of(condition: Condition) -> tuple[str, ...]:
    """The Profile facts a condition reads."""
    if condition.kind is ConditionKind.ALL_OF:
        return tuple(sorted({f for part in condition.all_of for f in fields_of(part)}))
    field = READS.get(condition.kind.value)
    return () if field is None else (field,)


# The Profile fact each kind of condition reads (``other``: none, a person judges it).
READS = {
    "minimum-age": "age",
    "education": "education",
    "credential": "credentials",
    "accredited-program": "program_accreditations",
    "membership": "memberships",
    "student": "student",
    "cpr-aed": "cpr_aed",
    "first-aid": "first_aid",
    "college-senior": "college_senior",
    "internship-hours": "internship_hours",
    "experience-hours": "experience_hours",
    "experience-years": "experience_years",
}


def met_over_values(condition: Condition, values: Sequence[Any]) -> Array:
    """Whether each distinct value of the fact ``condition`` reads meets it (1, 0, -1 unknown):
    numbers and levels compared as whole arrays, sets of keys one distinct set at a time."""
    from .lookup import normalize

    kind = condition.kind
    unknown = numpy.array([value is None for value in values], dtype=bool)
    if kind in (
        ConditionKind.MINIMUM_AGE,
        ConditionKind.INTERNSHIP_HOURS,
        ConditionKind.EXPERIENCE_HOURS,
        ConditionKind.EXPERIENCE_YEARS,
        ConditionKind.EDUCATION,
    ):
        if kind is ConditionKind.EDUCATION:
            assert condition.education is not None
            needed = condition.education.rank
            numbers = [math.nan if value is None else value.rank for value in values]
        else:
            least = {
                ConditionKind.MINIMUM_AGE: condition.minimum_age,
                ConditionKind.EXPERIENCE_YEARS: condition.years,
            }.get(kind, condition.hours)
            assert least is not None
            needed = least
            numbers = [math.nan if value is None else value for value in values]
        enough = numpy.asarray(numbers, dtype=numpy.float64) >= needed
        return numpy.where(unknown, -1, enough).astype(numpy.int8)
    if kind in (
        ConditionKind.STUDENT,
        ConditionKind.CPR_AED,
        ConditionKind.FIRST_AID,
        ConditionKind.COLLEGE_SENIOR,
    ):
        return numpy.array([-1 if v is None else int(v) for v in values], dtype=numpy.int8)
    met: list[int] = []
    for held in values:
        if held is None:
            met.append(-1)
        elif kind is ConditionKind.CREDENTIAL:
            if held & set(condition.credentials):
                met.append(1)
            else:  # another credential held may be "similar": only a person can judge that
                met.append(-1 if condition.or_similar and held else 0)
        elif kind is ConditionKind.ACCREDITED_PROGRAM:
            bodies = {normalize(body) for body in held}
            met.append(int(bool(bodies & set(map(normalize, condition.accreditors)))))
        else:  # ConditionKind.MEMBERSHIP; which tier is not known
            met.append(0 if condition.organization not in held else 1 if not condition.tier else -1)
    return numpy.array(met, dtype=numpy.int8)


def any_of(parts: list[Array], size: int) -> Array:
    """Met when any alternative is, failed only when all fail, unknown otherwise."""
    if not parts:
        return numpy.full(size, -1, dtype=numpy.int8)
    best = parts[0]
    for part in parts[1:]:
        best = numpy.maximum(best, part)  # 1 > 0 > -1 ...
    unknown = numpy.zeros(size, dtype=bool)
    for part in parts:
        unknown |= part == -1
    return numpy.where((best == 0) & unknown, -1, best).astype(numpy.int8)


def all_of(parts: list[Array], size: int) -> Array:
    """Failed when any part fails, unknown when any is unknown, else met."""
    failed = numpy.zeros(size, dtype=bool)
    unknown = numpy.zeros(size, dtype=bool)
    for part in parts:
        failed |= part == 0
        unknown |= part == -1
    return numpy.where(failed, 0, numpy.where(unknown, -1, 1)).astype(numpy.int8)


def mixed_keys(codes: list[Array], sizes: list[int]) -> tuple[Array, int]:
    """One int64 key per row from several codes (a mixed-radix number), and the key space;
    hashed down to dense codes whenever the space would outgrow 64 bits."""
    if len(codes) == 1:
        return codes[0], sizes[0]
    keys = codes[0].astype(numpy.int64)
    space = sizes[0]
    for code, size in zip(codes[1:], sizes[1:], strict=True):
        if space * size >= 1 << 62:
            keys, uniques, _ = factorized(keys)
            space = len(uniques)
        keys = keys * size + code
        space *= size
    return keys, space


def first_rows(keys: Array, space: int) -> Array:
    """The position of one occurrence of each distinct key (keys below ``space``)."""
    if space > 4 * len(keys):
        _, firsts = numpy.unique(keys, return_index=True)
        result: Array = firsts
        return result
    where = numpy.full(space, -1, dtype=numpy.int64)
    where[keys] = numpy.arange(len(keys))
    found: Array = where[where >= 0]
    return found


def factorized(keys: Array) -> tuple[Array, Array, Array]:
    """Dense codes of ``keys``, the distinct keys, and where each first occurs."""
    import pandas

    dense, uniques = pandas.factorize(keys)
    firsts = numpy.empty(len(uniques), dtype=numpy.int64)
    firsts[dense[::-1]] = numpy.arange(len(dense) - 1, -1, -1)
    return numpy.asarray(dense), numpy.asarray(uniques), firsts
