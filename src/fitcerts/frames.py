"""pandas DataFrames of the catalog and of every decision result (the ``fitcerts[pandas]`` extra).

pandas is imported only when one of these is called. Money stays exact as ``Decimal`` objects,
unknown stays missing (``<NA>``), never 0, and whole numbers, flags and dates get nullable dtypes.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import pandas as pd

    from .catalog import Catalog
    from .changes import DataDiff
    from .comparison import Comparison
    from .costs import CostBreakdown

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


def to_dataframe(catalog: Catalog | None = None) -> pd.DataFrame:
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
    ("note", "string"),
    ("sources", "list"),
)


def cost_frame(cost: CostBreakdown) -> pd.DataFrame:
    """One row per line of the breakdown; an unreported amount is missing, never 0."""
    rows = [
        {
            "credential": item.credential,
            "pays_for": item.pays_for.value,
            "amount": item.amount,
            "bound": item.bound.value,
            "currency": item.currency.value,
            "audience": item.audience.value,
            "tier": item.tier,
            "note": item.note,
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
                "old": field.old,
                "new": field.new,
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


def eligibility_frame(profiles: pd.DataFrame, catalog: Catalog | None = None) -> pd.DataFrame:
    """Every profile (one per row, columns named like ``Profile`` fields) against every credential.

    Returns one row per profile and credential with the status and its reasons. A row that is not
    a valid profile is kept, as one row with status ``"invalid"`` and the error as its reason;
    identical profiles are judged once.
    """
    from .profile import Profile, ProfileError

    pandas = require_pandas()
    if not isinstance(profiles, pandas.DataFrame):
        raise TypeError(f"profiles must be a pandas DataFrame, not {type(profiles).__name__}")
    catalog = catalog or _newest()
    credentials = catalog.credentials()
    judged: dict[Profile, list[tuple[str, str, tuple[str, ...]]]] = {}
    labels: list[Hashable] = []
    keys: list[str | None] = []
    statuses: list[str] = []
    reasons: list[tuple[str, ...]] = []
    plain = profiles.astype(object).where(profiles.notna(), None)
    for label, record in zip(plain.index, plain.to_dict("records"), strict=True):
        try:
            profile = Profile.from_dict({str(k): _plain(v) for k, v in record.items()})
        except ProfileError as error:
            labels.append(label)
            keys.append(None)
            statuses.append("invalid")
            reasons.append((str(error),))
            continue
        verdicts = judged.get(profile)
        if verdicts is None:
            verdicts = judged[profile] = [
                (c.id, report.status.value, report.reasons)
                for c in credentials
                for report in (catalog.eligibility(profile, c),)
            ]
        for key, status, why in verdicts:
            labels.append(label)
            keys.append(key)
            statuses.append(status)
            reasons.append(why)
    return cast(
        "pd.DataFrame",
        pandas.DataFrame(
            {
                "profile": pandas.Series(labels, dtype="object"),
                "credential": pandas.Series(keys, dtype="string"),
                "status": pandas.Categorical(
                    statuses, categories=["eligible", "unknown", "not-eligible", "invalid"]
                ),
                "reasons": pandas.Series(reasons, dtype="object"),
            }
        ),
    )


def _plain(value: object) -> object:
    """A cell as Profile.from_dict expects it: a column with gaps holds ages as 22.0."""
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        value = item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _newest() -> Catalog:
    from ._version import DATA_VERSION
    from .loading import catalog

    return catalog(DATA_VERSION)
