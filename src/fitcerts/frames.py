"""pandas DataFrames of the catalog and of every decision result (the ``fitcerts[pandas]`` extra).

pandas is imported only when one of these is called. Money is a nullable float column
(``Float64``) with its currency in a column beside it, so it plots and aggregates; pass
``exact=True`` to get exact ``Decimal`` objects instead. Unknown stays missing (``<NA>``), never
0, and whole numbers, flags and dates get nullable dtypes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from datetime import date

    import pandas as pd

    from .changes import DataDiff
    from .comparison import Comparison
    from .costs import CostBreakdown
    from .profile import Profile
    from .records import Credential
    from .release import Release

__all__ = [
    "comparison_frame",
    "cost_frame",
    "diff_frame",
    "eligibility_frame",
    "require_pandas",
    "to_dataframe",
]

_DTYPES = {
    "string": "string",
    "category": "category",
    "int": "Int64",
    "bool": "boolean",
    "list": "object",
}
# Kinds that hold Decimal values: ``Float64`` columns, or Decimal objects with ``exact=True``.
_NUMBERS = ("money", "decimal")


def require_pandas() -> Any:
    """The pandas module, or an ImportError that says which extra to install."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError(
            "this needs pandas, which fitcerts does not install by default: "
            'pip install "fitcerts[pandas]"'
        ) from error
    return pandas


def _frame(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]], *, exact: bool = False
) -> pd.DataFrame:
    pandas = require_pandas()
    data = {name: [row[name] for row in rows] for name, _ in columns}
    frame: Any = pandas.DataFrame(data, columns=[name for name, _ in columns])
    for name, kind in columns:
        if kind == "date":
            frame[name] = pandas.to_datetime(frame[name]).astype("datetime64[s]")
        elif kind == "list" or (exact and kind in _NUMBERS):
            frame[name] = pandas.Series(
                [pandas.NA if value is None else value for value in data[name]],
                dtype="object",
                index=frame.index,
            )
        elif kind in _NUMBERS:
            frame[name] = pandas.array(
                [None if value is None else float(value) for value in data[name]], dtype="Float64"
            )
        else:
            frame[name] = frame[name].astype(_DTYPES[kind])
    return cast("pd.DataFrame", frame)


def _check_flag(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {value!r}")


def to_dataframe(catalog: Release | None = None, *, exact: bool = False) -> pd.DataFrame:
    """One row per credential, indexed by id; see :data:`fitcerts.table.COLUMNS`.

    Prices (in the row's ``currency``), passing scores and pass rates are ``Float64``, ready to
    plot; ``exact=True`` gives them as ``Decimal`` objects in ``object`` columns instead.
    """
    from .table import COLUMNS, credential_rows

    _check_flag("exact", exact)
    frame = _frame(credential_rows(catalog or _newest()), COLUMNS, exact=exact)
    return cast("pd.DataFrame", frame.set_index("id", drop=False).rename_axis(None))


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    """Rows are the comparison's labels, columns its credentials, cells their texts.

    The cells are texts as people read them (``$340 (members)``), not amounts: for numbers, use
    :func:`to_dataframe` or :func:`cost_frame`.
    """
    pandas = require_pandas()
    frame = pandas.DataFrame(
        {
            credential.id: [row.cells[position].text for row in comparison.rows]
            for position, credential in enumerate(comparison.credentials)
        },
        index=pandas.Index([row.label for row in comparison.rows]),
        dtype="string",
    )
    return cast("pd.DataFrame", frame)


_COST_COLUMNS = (
    ("credential", "string"),
    ("pays_for", "category"),
    ("amount", "money"),
    ("bound", "category"),
    ("currency", "category"),
    ("audience", "category"),
    ("tier", "string"),
    ("tax", "category"),
    ("year", "int"),
    ("note", "string"),
    ("sources", "list"),
)


def cost_frame(cost: CostBreakdown, *, exact: bool = False) -> pd.DataFrame:
    """One row per line of the breakdown: ``amount`` is ``Float64`` (``Decimal`` objects with
    ``exact=True``) in the line's ``currency``; an unreported amount, and its currency, are
    missing, never 0. ``bound`` says whether an amount is exact, a lower bound, approximate or
    included in another line (so not to be added again)."""
    _check_flag("exact", exact)
    rows = [
        {
            **item.to_dict(),
            "amount": item.amount,
            "currency": None if item.amount is None else item.currency.value,
            "sources": tuple(source.id for source in item.sources),
        }
        for item in cost.items
    ]
    return _frame(rows, _COST_COLUMNS, exact=exact)


_DIFF_COLUMNS = (
    ("change", "category"),
    ("kind", "category"),
    ("id", "string"),
    ("path", "string"),
    ("old", "string"),
    ("new", "string"),
    ("old_sources", "list"),
    ("new_sources", "list"),
)


def diff_frame(diff: DataDiff) -> pd.DataFrame:
    """One row per added or removed record and per changed field."""
    rows: list[dict[str, Any]] = []
    for change, kind, ids in (
        ("added", "credential", diff.credentials_added),
        ("removed", "credential", diff.credentials_removed),
        ("added", "organization", diff.organizations_added),
        ("removed", "organization", diff.organizations_removed),
        ("added", "source", diff.sources_added),
        ("removed", "source", diff.sources_removed),
    ):
        rows += [
            {
                "change": change,
                "kind": kind,
                "id": key,
                "path": None,
                "old": None,
                "new": None,
                "old_sources": (),
                "new_sources": (),
            }
            for key in ids
        ]
    for record in diff.changed:
        rows += [
            {
                "change": "changed",
                "kind": record.kind,
                "id": record.id,
                "path": field.path,
                "old": field.old_text,
                "new": field.new_text,
                "old_sources": tuple(s.id for s in field.old_sources),
                "new_sources": tuple(s.id for s in field.new_sources),
            }
            for field in record.changes
        ]
    return _frame(rows, _DIFF_COLUMNS)


# --- eligibility of a table of candidates ------------------------------------------------------

_STATUSES = ["eligible", "unknown", "not-eligible", "invalid"]

# One credential's cost for one profile: total, currency, complete, lower bound, approximate.
_Cost = tuple[Decimal | None, str | None, bool | None, bool | None, bool | None]
_NO_COST: _Cost = (None, None, None, None, None)
# The rows of one distinct profile: status codes, reasons and costs per credential, or the
# error that makes it invalid.
_Block = tuple[list[int], list[tuple[str, ...]], list[_Cost]] | str


def eligibility_frame(
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: date | None = None,
    with_cost: bool = False,
    exact: bool = False,
) -> pd.DataFrame:
    """Every profile (one per row, columns named like ``Profile`` fields) against every credential.

    Returns one row per profile and credential with the status and its reasons, judged by the
    rules in force ``on`` (default: today). Cells are read as a spreadsheet or ``read_csv``
    gives them: flags as ``True``/``False``, ``yes``/``no``, ``true``/``false`` or ``1``/``0``
    (any case, spaces around); whole numbers as numbers or digits; numpy and pandas scalars as
    their values; empty cells, ``None``, ``NaN`` and ``<NA>`` as unknown; credential,
    membership and accreditation lists as lists or ``;``-separated text (fitcerts' CSV format),
    ``none`` for none. A row that is not a valid profile is kept, as one row with status
    ``"invalid"`` and the error as its reason. Identical rows are read and judged once, so the
    time taken grows with the distinct profiles.

    ``with_cost=True`` adds what earning each credential costs the candidate, as
    ``fitcerts.total_cost(credential, profile=profile, jurisdiction=profile.country, on=on)``
    gives it: ``cost`` (``Float64``, or ``Decimal`` objects with ``exact=True``; missing when
    no price is known), its ``currency``, and ``cost_is_complete``, ``cost_is_lower_bound``
    and ``cost_is_approximate``. An invalid row's cost columns are missing.
    """
    from .eligibility_rules import check_date
    from .errors import ProfileError
    from .profile import Profile

    pandas = require_pandas()
    if not isinstance(profiles, pandas.DataFrame):
        raise TypeError(f"profiles must be a pandas DataFrame, not {type(profiles).__name__}")
    _check_flag("with_cost", with_cost)
    _check_flag("exact", exact)
    day = check_date(on)
    catalog = catalog or _newest()
    credentials = catalog.credentials()
    columns = [str(name) for name in profiles.columns]
    twice = sorted({name for name in columns if columns.count(name) > 1})
    if twice:
        raise ValueError(f"profiles has more than one column named {', '.join(twice)}")
    kinds = _field_kinds()
    cells = [
        _cells(profiles.iloc[:, position], kinds.get(name)) for position, name in enumerate(columns)
    ]
    blocks: dict[object, _Block] = {}
    judged: dict[Profile, _Block] = {}  # rows written differently that mean the same profile
    order: list[object] = []
    rows = zip(*cells, strict=True) if cells else [()] * len(profiles)  # no columns: all unknown
    for row in rows:
        key = _row_key(row)
        order.append(key)
        if key in blocks:
            continue
        try:
            profile = Profile.from_dict(dict(zip(columns, row, strict=True)))
        except ProfileError as error:
            blocks[key] = str(error)
            continue
        block = judged.get(profile)
        if block is None:
            block = judged[profile] = _judge(catalog, credentials, profile, day, with_cost)
        blocks[key] = block
    return _verdict_frame(
        pandas,
        profiles.index,
        order,
        blocks,
        [c.id for c in credentials],
        with_cost=with_cost,
        exact=exact,
    )


def _judge(
    catalog: Release,
    credentials: Sequence[Credential],
    profile: Profile,
    day: date,
    with_cost: bool,
) -> _Block:
    """The rows of one valid profile, or the error that makes it one this release cannot judge
    (a credential or organization key it does not know)."""
    from .errors import MixedCurrencyError

    try:
        table = catalog.eligibility_table(profile, on=day)
    except LookupError as error:
        return str(error)
    costs: list[_Cost] = []
    if with_cost:
        for credential in credentials:
            try:
                cost = catalog.total_cost(
                    credential, profile=profile, jurisdiction=profile.country, on=day
                )
            except MixedCurrencyError:  # never added up across currencies: not known
                costs.append(_NO_COST)
                continue
            known = cost.total is not None
            costs.append(
                (
                    cost.total,
                    cost.currency.value if known else None,
                    cost.is_complete,
                    cost.is_lower_bound,
                    cost.is_approximate,
                )
            )
    return [_STATUSES.index(r.status.value) for r in table], [r.reasons for r in table], costs


def _verdict_frame(
    pandas: Any,
    index: Any,
    order: list[object],
    blocks: Mapping[object, _Block],
    credential_ids: list[str],
    *,
    with_cost: bool,
    exact: bool,
) -> pd.DataFrame:
    """Rows for every profile, built with array operations: one block of rows per distinct
    profile, repeated wherever that profile occurs."""
    import numpy

    from .vocabulary import Currency

    keys = list(blocks)
    position = {key: number for number, key in enumerate(keys)}
    width = len(credential_ids)
    # Explicit integer arrays: an empty frame must not turn them into floats.
    sizes = numpy.array([1 if isinstance(blocks[k], str) else width for k in keys], dtype="int64")
    starts = numpy.concatenate(([0], numpy.cumsum(sizes)[:-1])).astype("int64")
    codes: list[int] = []
    whys: list[tuple[str, ...]] = []
    ids: list[int] = []
    costs: list[_Cost] = []
    for key in keys:
        block = blocks[key]
        if isinstance(block, str):
            codes.append(_STATUSES.index("invalid"))
            whys.append((block,))
            ids.append(-1)
            costs.append(_NO_COST)
        else:
            codes += block[0]
            whys += block[1]
            ids += range(width)
            costs += block[2] if with_cost else ()
    which = numpy.array([position[key] for key in order], dtype=numpy.int64)
    rows = numpy.repeat(which, sizes[which])
    offsets = numpy.arange(len(rows)) - numpy.repeat(
        numpy.cumsum(sizes[which]) - sizes[which], sizes[which]
    )
    take = starts[rows] + offsets
    reasons = numpy.empty(len(whys), dtype=object)
    reasons[:] = whys
    frame = pandas.DataFrame(
        {
            "profile": numpy.asarray(index, dtype=object)[
                numpy.repeat(numpy.arange(len(order)), sizes[which])
            ],
            "credential": pandas.Categorical.from_codes(
                numpy.asarray(ids, dtype="int64")[take], categories=credential_ids
            ),
            "status": pandas.Categorical.from_codes(
                numpy.asarray(codes, dtype="int64")[take], categories=_STATUSES
            ),
            "reasons": reasons[take],
        }
    )
    if with_cost:
        _add_costs(pandas, frame, costs, take, [c.value for c in Currency], exact=exact)
    return cast("pd.DataFrame", frame)


def _add_costs(
    pandas: Any,
    frame: Any,
    costs: list[_Cost],
    take: Any,
    currencies: list[str],
    *,
    exact: bool,
) -> None:
    """The cost columns, from one entry per row of every distinct profile, repeated by ``take``."""
    import numpy

    totals = [cost[0] for cost in costs]
    if exact:
        amounts = numpy.empty(len(totals), dtype=object)
        amounts[:] = [pandas.NA if total is None else total for total in totals]
        frame["cost"] = pandas.Series(amounts[take], dtype="object", index=frame.index)
    else:
        floats = numpy.array([math.nan if t is None else float(t) for t in totals], dtype="float64")
        frame["cost"] = pandas.array(floats[take], dtype="Float64")
    place = {code: number for number, code in enumerate(currencies)}
    which = numpy.array([place.get(cost[1] or "", -1) for cost in costs], dtype="int64")
    frame["currency"] = pandas.Categorical.from_codes(which[take], categories=currencies)
    for column, flags in (
        ("cost_is_complete", [cost[2] for cost in costs]),
        ("cost_is_lower_bound", [cost[3] for cost in costs]),
        ("cost_is_approximate", [cost[4] for cost in costs]),
    ):
        taken = numpy.array([-1 if f is None else int(f) for f in flags], dtype="int8")[take]
        frame[column] = pandas.arrays.BooleanArray(taken == 1, taken < 0)


def _row_key(row: tuple[object, ...]) -> object:
    """What makes two rows the same profile: their values and their types (``True`` is not 1),
    or, for a row holding something unhashable, nothing: it is judged alone."""
    key = (row, tuple(map(type, row)))
    try:
        hash(key)
    except TypeError:
        return object()
    return key


# --- cells as Profile.from_dict takes them -----------------------------------------------------

# Digits a whole number read from text may have; Profile's ranges stop far below.
_DIGITS = 18
_FLAG_WORDS = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def _field_kinds() -> dict[str, str]:
    """Each Profile field and its kind, from the one list of Profile's fields."""
    from .profile import profile_fields

    return {field.name: field.kind for field in profile_fields()}


def _cells(series: Any, kind: str | None) -> list[object]:
    """A column's cells as ``Profile.from_dict`` takes them: a gap is ``None``; numpy and pandas
    scalars are Python values; text is read as the field's kind (a flag, a whole number, a
    list of keys). Anything else is passed on as it is, for ``Profile`` to judge and name."""
    read = _READERS.get(kind or "", _unboxed)
    missing = series.isna().tolist()
    seen: dict[tuple[type, object], object] = {}
    out: list[object] = []
    for value, gap in zip(series.tolist(), missing, strict=True):
        if gap:
            out.append(None)
            continue
        try:
            out.append(seen[(type(value), value)])
        except KeyError:
            out.append(seen.setdefault((type(value), value), read(value)))
        except TypeError:  # a list, say: not remembered
            out.append(read(value))
    return out


def _unboxed(value: object) -> object:
    """A numpy scalar as its Python value, a numpy array as a list; ``None`` for NaN or blank."""
    import numpy

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


_READERS: dict[str, Callable[[object], object]] = {
    "flag": _flag,
    "age": _whole,
    "count": _whole,
    "keys": _keys,
    "education": _text,
    "country": _text,
}


def _newest() -> Release:
    from .release import load

    return load()
