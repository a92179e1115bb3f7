"""pandas DataFrames of the catalog and of every decision result (the ``fitcerts[pandas]`` extra).

pandas is imported only when one of these is called. Money stays exact as ``Decimal`` objects,
unknown stays missing (``<NA>``), never 0, and whole numbers, flags and dates get nullable dtypes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from datetime import date

    import pandas as pd

    from .changes import DataDiff
    from .comparison import Comparison
    from .costs import CostBreakdown
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
    "decimal": "object",
    "list": "object",
}


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


def _frame(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]]) -> pd.DataFrame:
    pandas = require_pandas()
    data = {name: [row[name] for row in rows] for name, _ in columns}
    frame: Any = pandas.DataFrame(data, columns=[name for name, _ in columns])
    for name, kind in columns:
        if kind == "date":
            frame[name] = pandas.to_datetime(frame[name]).astype("datetime64[s]")
        elif kind in ("decimal", "list"):
            frame[name] = pandas.Series(
                [pandas.NA if value is None else value for value in data[name]],
                dtype="object",
                index=frame.index,
            )
        else:
            frame[name] = frame[name].astype(_DTYPES[kind])
    return cast("pd.DataFrame", frame)


def to_dataframe(catalog: Release | None = None) -> pd.DataFrame:
    """One row per credential, indexed by id; see :data:`fitcerts.table.COLUMNS`."""
    from .table import COLUMNS, credential_rows

    frame = _frame(credential_rows(catalog or _newest()), COLUMNS)
    return cast("pd.DataFrame", frame.set_index("id", drop=False).rename_axis(None))


def comparison_frame(comparison: Comparison) -> pd.DataFrame:
    """Rows are the comparison's labels, columns its credentials, cells their texts."""
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
    ("amount", "decimal"),
    ("bound", "category"),
    ("currency", "category"),
    ("audience", "category"),
    ("tier", "string"),
    ("tax", "category"),
    ("year", "int"),
    ("note", "string"),
    ("sources", "list"),
)


def cost_frame(cost: CostBreakdown) -> pd.DataFrame:
    """One row per line of the breakdown; an unreported amount is missing, never 0."""
    rows = [
        {
            **item.to_dict(),
            "amount": item.amount,
            "sources": tuple(source.id for source in item.sources),
        }
        for item in cost.items
    ]
    return _frame(rows, _COST_COLUMNS)


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


_ELIGIBILITY_COLUMNS = (
    ("profile", "object"),
    ("credential", "string"),
    ("status", "category"),
    ("reasons", "list"),
)


def eligibility_frame(
    profiles: pd.DataFrame, catalog: Release | None = None, *, on: date | None = None
) -> pd.DataFrame:
    """Every profile (one per row, columns named like ``Profile`` fields) against every credential.

    Returns one row per profile and credential with the status and its reasons. A row that is not
    a valid profile is kept, as one row with status ``"invalid"`` and the error as its reason.
    Identical rows are read and judged once, so the cost grows with the distinct profiles.
    """
    from .errors import ProfileError
    from .profile import Profile

    pandas = require_pandas()
    if not isinstance(profiles, pandas.DataFrame):
        raise TypeError(f"profiles must be a pandas DataFrame, not {type(profiles).__name__}")
    catalog = catalog or _newest()
    credential_ids = [c.id for c in catalog.credentials()]
    columns = [str(name) for name in profiles.columns]
    # One block of rows per distinct profile: (statuses, reasons), or an error for a bad row.
    blocks: dict[tuple[Any, ...], tuple[list[str], list[tuple[str, ...]]] | str] = {}
    order: list[tuple[Any, ...]] = []
    cells = [_column(profiles[name], pandas) for name in profiles.columns]
    listed = [any(isinstance(v, list) for v in column) for column in cells]
    for row in zip(*cells, strict=True):
        key = tuple(
            tuple(v) if has and isinstance(v, list) else v
            for v, has in zip(row, listed, strict=True)
        )
        order.append(key)
        if key in blocks:
            continue
        try:
            profile = Profile.from_dict(dict(zip(columns, row, strict=True)))
            table = catalog.eligibility_table(profile, on=on)
        except (ProfileError, LookupError) as error:  # bad shape, or keys this release lacks
            blocks[key] = str(error).strip("'\"")
            continue
        blocks[key] = ([r.status.value for r in table], [r.reasons for r in table])
    return _verdict_frame(pandas, profiles.index, order, blocks, credential_ids)


_STATUSES = ["eligible", "unknown", "not-eligible", "invalid"]


def _verdict_frame(
    pandas: Any,
    index: Any,
    order: list[tuple[Any, ...]],
    blocks: Mapping[tuple[Any, ...], tuple[list[str], list[tuple[str, ...]]] | str],
    credential_ids: list[str],
) -> pd.DataFrame:
    """Rows for every profile, built with array operations: one block of rows per distinct
    profile, repeated wherever that profile occurs."""
    import numpy

    keys = list(blocks)
    position = {key: number for number, key in enumerate(keys)}
    width = len(credential_ids)
    # Explicit integer arrays: an empty frame must not turn them into floats.
    sizes = numpy.array([1 if isinstance(blocks[k], str) else width for k in keys], dtype="int64")
    starts = numpy.concatenate(([0], numpy.cumsum(sizes)[:-1])).astype("int64")
    codes: list[int] = []
    whys: list[tuple[str, ...]] = []
    ids: list[int] = []
    for key in keys:
        block = blocks[key]
        if isinstance(block, str):
            codes.append(_STATUSES.index("invalid"))
            whys.append((block,))
            ids.append(-1)
        else:
            codes += [_STATUSES.index(status) for status in block[0]]
            whys += block[1]
            ids += range(width)
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
                numpy.asarray(ids)[take], categories=credential_ids
            ),
            "status": pandas.Categorical.from_codes(
                numpy.asarray(codes)[take], categories=_STATUSES
            ),
            "reasons": reasons[take],
        }
    )
    return cast("pd.DataFrame", frame)


def _column(series: Any, pandas: Any) -> list[Any]:
    """A column's cells as Profile.from_dict expects them: gaps are None, and whole numbers in a
    column with gaps (which pandas holds as 22.0) are ints again."""
    values = series.tolist()
    kind = series.dtype.kind
    if kind in "iub":  # numbers and flags without gaps: tolist() already gives Python values
        return list(values)
    return [_plain(value, pandas.NA) for value in values]


def _plain(value: object, na: object) -> object:
    if value is None or value is na or (isinstance(value, float) and value != value):
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes, list)):
        value = item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _newest() -> Release:
    from .release import load

    return load()
