"""pandas DataFrames of the catalog and of every decision result (the ``fitcerts[pandas]`` extra).

pandas is imported only when one of these is called. Money is a nullable float column
(``Float64``) with its currency in a column beside it, so it plots and aggregates; pass
``exact=True`` to get exact ``Decimal`` objects instead. Unknown stays missing (``<NA>``), never
0, and whole numbers, flags and dates get nullable dtypes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from .changes import DataDiff
from .comparison import Comparison
from .cost_lines import CostBreakdown
from .presenters import presenter

if TYPE_CHECKING:
    from datetime import date

    import pandas as pd

    from .batch import Chunk, CodedChunk, Judge
    from .release import Release

__all__ = [
    "comparison_frame",
    "cost_frame",
    "diff_frame",
    "eligibility_chunks",
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


def to_dataframe(
    catalog: Release | None = None, *, exact: bool = False, jurisdiction: str | None = None
) -> pd.DataFrame:
    """One row per credential, indexed by id; see :data:`fitcerts.table.COLUMNS`.

    Prices (in the row's ``currency``), passing scores and pass rates are ``Float64``, ready to
    plot; ``exact=True`` gives them as ``Decimal`` objects in ``object`` columns instead. The
    prices are of one market a row (``market``): ``jurisdiction`` where
    given, else its home market.
    """
    from .table import COLUMNS, credential_rows
    from .vocabulary import checked_country

    _check_flag("exact", exact)
    place = None if jurisdiction is None else checked_country(jurisdiction)
    frame = _frame(credential_rows(catalog or _newest(), place), COLUMNS, exact=exact)
    return cast("pd.DataFrame", frame.set_index("id", drop=False).rename_axis(None))


@presenter("dataframe", Comparison)
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


@presenter("dataframe", CostBreakdown)
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


@presenter("dataframe", DataDiff)
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

# One credential's cost for one profile: total, currency, complete, lower bound, approximate.
_Cost = tuple[Decimal | None, str | None, bool | None, bool | None, bool | None]
_NO_COST: _Cost = (None, None, None, None, None)
# Profiles judged at a time: bounds the intermediate arrays, whatever the size of the table.
CHUNKSIZE = 100_000


def eligibility_frame(
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: date | None = None,
    with_cost: bool = False,
    exact: bool = False,
    details: bool = False,
    chunksize: int = CHUNKSIZE,
    jurisdiction: str | None = None,
    reasons: Reasons = "text",
) -> pd.DataFrame:
    """Every profile (one per row, columns named like ``Profile`` fields) against every credential.

    Returns one row per profile and credential with the status and its reasons, judged by the
    rules in force ``on`` (default: today), exactly as ``eligibility()`` judges each row. Cells
    are read as a spreadsheet or ``read_csv`` gives them: flags as ``True``/``False``,
    ``yes``/``no``, ``true``/``false`` or ``1``/``0`` (any case, spaces around); whole numbers
    as numbers or digits; numpy and pandas scalars as their values; empty cells, ``None``,
    ``NaN`` and ``<NA>`` as unknown; credential, membership and accreditation lists as lists or
    ``;``-separated text (fitcerts' CSV format), ``none`` for none. A row that is not a valid
    profile is kept, as one row with status ``"invalid"`` and the error as its reason.

    The table is judged column-wise: each column is read once per distinct cell and each
    requirement judged once per distinct outcome, so the time follows the number of distinct
    outcomes more than the number of rows (docs/analysis.md gives measured figures).
    ``chunksize`` profiles are judged at a time, which bounds the memory used besides the
    result; :func:`eligibility_chunks` gives the result a chunk at a time too. The ``profile``
    column holds the labels of ``profiles.index``, with its dtype.

    ``details=True`` adds the columns ``met``, ``unmet``, ``undecided``, ``recommended_unmet``,
    ``recommended_undecided`` and ``upcoming`` (rules that start after ``on``): the reasons of
    each group of an :class:`~fitcerts.EligibilityReport`, as tuples.

    ``with_cost=True`` adds what earning each credential costs the candidate, as
    ``fitcerts.total_cost(credential, profile=profile, jurisdiction=profile.country, on=on)``
    gives it: ``cost`` (``Float64``, or ``Decimal`` objects with ``exact=True``; missing when
    no price is known), its ``currency``, and ``cost_is_complete``, ``cost_is_lower_bound``
    and ``cost_is_approximate``. An invalid row's cost columns are missing.

    A row's ``country`` column is where the candidate is: the market of its costs and the
    place of rules for one country. ``jurisdiction`` fills it in for rows that leave it empty
    (the table given is not changed).

    ``reasons="codes"`` gives, in place of the ``reasons`` texts, the required rules each row
    does not meet (``unmet_rules``) and those it cannot be told to meet (``undecided_rules``)
    as bit sets (``uint16``): bit *i* is the credential's requirement *i*, as
    :func:`fitcerts.rule_texts` lists them with their texts, and bit 15 says the data does not
    report what the credential requires. The statuses are the same as with texts, at a
    fraction of the time and memory; :func:`fitcerts.explain` words the rows you look at.
    Codes cannot be combined with ``details=True``.
    """
    coded = _check_reasons(reasons, details)
    profiles = _placed(profiles, jurisdiction)
    pandas, catalog, judged = _judged(
        profiles, catalog, on, with_cost, exact, details, chunksize, coded
    )
    judge, chunks = judged
    table = judge.table
    width = len(judge.credentials)
    valid = int(_valid_count(table.error_codes))
    total = valid * width + (table.rows - valid)
    out = _Columns.empty(total, width, details=details, with_cost=with_cost, coded=coded)
    start = 0
    for chunk in chunks:
        start = out.fill(start, chunk, judge)
    assert start == total
    return _verdict_frame(pandas, profiles.index, judge, out, exact=exact)


def eligibility_chunks(
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: date | None = None,
    with_cost: bool = False,
    exact: bool = False,
    details: bool = False,
    chunksize: int = CHUNKSIZE,
    jurisdiction: str | None = None,
    reasons: Reasons = "text",
) -> Iterator[pd.DataFrame]:
    """:func:`eligibility_frame` ``chunksize`` profiles at a time: the same rows, in the same
    order, as one frame per chunk, for writing out a result larger than memory piece by piece.

    The table is read (and checked) before the first chunk is given.
    """
    coded = _check_reasons(reasons, details)
    profiles = _placed(profiles, jurisdiction)
    pandas, catalog, (judge, chunks) = _judged(
        profiles, catalog, on, with_cost, exact, details, chunksize, coded
    )
    width = len(judge.credentials)

    def frames() -> Iterator[pd.DataFrame]:
        for chunk in chunks:
            valid = int(_valid_count(judge.table.error_codes[chunk.rows]))
            total = valid * width + len(chunk.rows) - valid
            out = _Columns.empty(total, width, details=details, with_cost=with_cost, coded=coded)
            out.fill(0, chunk, judge)
            yield _verdict_frame(pandas, profiles.index, judge, out, exact=exact)

    return frames()


def _placed(profiles: pd.DataFrame, jurisdiction: str | None) -> pd.DataFrame:
    """``profiles`` with ``jurisdiction`` as the country of rows that give none; the table
    itself is left as it is."""
    if jurisdiction is None:
        return profiles
    from .vocabulary import checked_country

    pandas = require_pandas()
    if not isinstance(profiles, pandas.DataFrame):
        return profiles  # refused, with its type, where the table is read
    code = checked_country(jurisdiction)
    if "country" not in profiles.columns:
        return cast("pd.DataFrame", profiles.assign(country=code))
    given = profiles["country"]
    filled = given.astype(object).where(given.notna(), code)
    return cast("pd.DataFrame", profiles.assign(country=filled))


def _valid_count(error_codes: Any) -> int:
    """How many rows are valid profiles."""
    import numpy

    return int(numpy.count_nonzero(error_codes < 0))


def _judged(
    profiles: pd.DataFrame,
    catalog: Release | None,
    on: date | None,
    with_cost: bool,
    exact: bool,
    details: bool,
    chunksize: int,
    coded: bool = False,
) -> tuple[Any, Release, tuple[Judge, Iterator[Chunk | CodedChunk]]]:
    """The arguments checked, the table read, and its judge with the chunks to come."""
    from .batch import judge_chunks
    from .batch_input import read_table
    from .eligibility_rules import check_date

    pandas = require_pandas()
    if not isinstance(profiles, pandas.DataFrame):
        raise TypeError(f"profiles must be a pandas DataFrame, not {type(profiles).__name__}")
    _check_flag("with_cost", with_cost)
    _check_flag("exact", exact)
    _check_flag("details", details)
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise TypeError(f"chunksize must be a whole number of rows above 0, not {chunksize!r}")
    day = check_date(on)
    catalog = catalog or _newest()
    columns = [str(name) for name in profiles.columns]
    twice = sorted({name for name in columns if columns.count(name) > 1})
    if twice:
        raise ValueError(f"profiles has more than one column named {', '.join(twice)}")
    table = read_table(profiles, catalog)
    judged = judge_chunks(
        catalog, table, day, chunksize, details=details, with_cost=with_cost, coded=coded
    )
    return pandas, catalog, judged


Reasons = Literal["text", "codes"]


def _check_reasons(reasons: object, details: bool) -> bool:
    """Whether the verdicts are to be codes; a bad ``reasons`` is a named error."""
    from .errors import UnknownValueError

    if reasons not in ("text", "codes") or not isinstance(reasons, str):
        raise UnknownValueError("reasons option", reasons, ("'text'", "'codes'"))
    if reasons == "codes" and details is True:
        raise ValueError("details=True words every reason: use it with reasons='text'")
    return reasons == "codes"


@attrs.define
class _Columns:
    """The result's columns, filled chunk by chunk: table rows, credential codes (-1 for an
    invalid row), status codes, tuples of reasons (and of each detail), cost ids (-1: none)."""

    rows: Any
    credentials: Any
    statuses: Any
    reasons: Any
    details: list[Any]
    costs: Any
    codes: tuple[Any, Any] | None = None  # unmet and undecided rule bits, with codes

    @classmethod
    def empty(
        cls, total: int, width: int, *, details: bool, with_cost: bool, coded: bool = False
    ) -> _Columns:
        import numpy

        from .batch import DETAILS

        return cls(
            rows=numpy.empty(total, dtype=numpy.int64),
            credentials=numpy.empty(total, dtype=numpy.int8 if width < 127 else numpy.int32),
            statuses=numpy.empty(total, dtype=numpy.int8),
            reasons=numpy.empty(0 if coded else total, dtype=object),
            details=[numpy.empty(total, dtype=object) for _ in DETAILS] if details else [],
            costs=numpy.empty(total if with_cost else 0, dtype=numpy.int32),
            codes=(
                (numpy.empty(total, numpy.uint16), numpy.empty(total, numpy.uint16))
                if coded
                else None
            ),
        )

    def fill(self, start: int, chunk: Chunk | CodedChunk, judge: Judge) -> int:
        """Writes ``chunk``'s rows from ``start``; returns where the next chunk starts."""
        from .batch import CodedChunk

        spots = self._place(start, chunk, len(judge.credentials))
        if isinstance(chunk, CodedChunk):
            assert self.codes is not None
            unmet, undecided = self.codes
            spots.put(unmet, chunk.unmet, 0)
            spots.put(undecided, chunk.undecided, 0)
        else:
            self._put_texts(spots, chunk, judge)
        return spots.end

    def _place(self, start: int, chunk: Chunk | CodedChunk, width: int) -> _Spots:
        """Where ``chunk``'s rows go from ``start``: one block of ``width`` rows per valid
        profile, one row per invalid one. Writes what every result has: the table row, the
        credential, the status and the cost class."""
        import numpy

        from .batch import STATUSES

        valid = chunk.valid
        sizes = numpy.where(valid, width, 1)
        end = start + int(sizes.sum())
        if valid.all():  # the usual case: blocks, written straight in their order
            spots = _Spots(end=end, width=width, block=slice(start, end))
            self.rows[start:end].reshape(-1, width)[:] = chunk.rows[:, None]
            self.credentials[start:end].reshape(-1, width)[:] = numpy.arange(width)
        else:
            first = start + numpy.concatenate(([0], numpy.cumsum(sizes)[:-1]))
            judged = (first[valid][:, None] + numpy.arange(width)).ravel()
            spots = _Spots(end=end, width=width, judged=judged, alone=first[~valid])
            self.rows[start:end] = numpy.repeat(chunk.rows, sizes)
            self.credentials[judged] = numpy.tile(numpy.arange(width), len(first[valid]))
            self.credentials[spots.alone] = -1
        spots.put(self.statuses, chunk.statuses, STATUSES.index("invalid"))
        if len(self.costs):
            classes = chunk.cost_classes[:, None] * width + numpy.arange(width)
            spots.put(self.costs, classes, -1)
        return spots

    def _put_texts(self, spots: _Spots, chunk: Chunk, judge: Judge) -> None:
        """The reasons (and details) of ``chunk``: each a shared tuple of texts."""
        import numpy

        texts = judge.text_objects()
        columns = [(self.reasons, chunk.reasons), *zip(self.details, chunk.details, strict=True)]
        if spots.block is not None:
            for out, ids in columns:
                # Straight into the result ("clip" is unbuffered); the ids are all in range.
                view = out[spots.block].reshape(-1, spots.width)
                numpy.take(texts, ids, out=view, mode="clip")
            return
        for out, ids in columns:
            out[spots.judged] = texts[ids.ravel()]
        self.reasons[spots.alone] = texts[judge.error_ids[chunk.error_codes[~chunk.valid]]]
        for out in self.details:
            out[spots.alone] = None


@attrs.define
class _Spots:
    """Where one chunk's rows go in the result: a block of whole profiles, or the rows of
    its valid profiles (``judged``) and of its invalid ones (``alone``)."""

    end: int
    width: int
    block: slice | None = None
    judged: Any = None
    alone: Any = None

    def put(self, out: Any, values: Any, invalid: object) -> None:
        """``values`` (valid profiles x credentials) into ``out``; ``invalid`` for the row
        of each invalid profile."""
        if self.block is not None:
            out[self.block].reshape(-1, self.width)[:] = values
            return
        out[self.judged] = values.ravel()
        out[self.alone] = invalid


def _verdict_frame(
    pandas: Any, index: Any, judge: Judge, out: _Columns, *, exact: bool
) -> pd.DataFrame:
    """The result from its arrays: categories for credentials and statuses, tuples of reasons
    (each distinct tuple one object, shared by every row that has it)."""
    import numpy

    from .batch import DETAILS, STATUSES
    from .vocabulary import Currency

    if isinstance(index, pandas.MultiIndex):
        labels: Any = numpy.asarray(index, dtype=object)[out.rows]
    elif isinstance(index, pandas.RangeIndex):  # the labels are the row numbers, spaced
        labels = out.rows
        if index.step != 1:
            labels *= index.step
        if index.start:
            labels += index.start
    else:
        labels = index.take(out.rows)
    columns: dict[str, Any] = {
        "profile": labels,
        "credential": _categories(pandas, out.credentials, [c.id for c in judge.credentials]),
        "status": _categories(pandas, out.statuses, list(STATUSES)),
    }
    if out.codes is not None:
        columns["unmet_rules"], columns["undecided_rules"] = out.codes
    else:
        columns["reasons"] = out.reasons
        columns.update(zip(DETAILS[: len(out.details)], out.details, strict=True))
    frame = pandas.DataFrame(columns, copy=False)
    if judge.costs is not None:
        costs: list[_Cost] = [cost for values in judge.costs.values for cost in values]
        take = numpy.where(out.costs < 0, len(costs), out.costs)
        _add_costs(
            pandas, frame, [*costs, _NO_COST], take, [c.value for c in Currency], exact=exact
        )
    return cast("pd.DataFrame", frame)


def _categories(pandas: Any, codes: Any, categories: list[str]) -> Any:
    """A categorical column of codes made here, so valid (-1: missing) without a check."""
    try:
        return pandas.Categorical.from_codes(codes, categories=categories, validate=False)
    except TypeError:  # pandas before 2.1 always checks
        return pandas.Categorical.from_codes(codes, categories=categories)


def _add_costs(
    pandas: Any,
    frame: Any,
    costs: list[_Cost],
    take: Any,
    currencies: list[str],
    *,
    exact: bool,
) -> None:
    """The cost columns, from one entry per distinct cost, repeated by ``take``."""
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


def _newest() -> Release:
    from .release import load

    return load()
