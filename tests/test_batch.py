"""The column-wise judge behind eligibility_frame() gives, row by row, what the row-by-row
eligibility() gives: statuses, reasons and every group of reasons, invalid rows with the same
error, and the costs; for every bundled release, on days before, between and after the dated
rules, whatever the chunk size. And it runs through dask, a partition at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts import batch
from fitcerts.batch import UNREPORTED_BIT
from fitcerts.frames import eligibility_chunks, eligibility_frame

RELEASES = {version: fitcerts.load(version) for version in fitcerts.data_versions()}
NEWEST = RELEASES[fitcerts.DATA_VERSION]
# Before the oldest prices, this year, the day ACSM's 2027 rules start, after CSCS's 2030 rule.
DAYS = [date(2013, 6, 1), date(2026, 3, 1), date(2027, 8, 15), date(2030, 1, 2)]
DETAILS = ["met", "unmet", "undecided", "recommended_unmet", "recommended_undecided", "upcoming"]
COST_COLUMNS = [
    "cost",
    "currency",
    "cost_is_complete",
    "cost_is_lower_bound",
    "cost_is_approximate",
]

# Cells as Profile.from_dict takes them, so the reference can be asked about the very same
# row; each field also gets values that make a row invalid, alone or together.
_BAD_NUMBER = st.sampled_from([-3, 10**7, 22.5, "old", True])
_THRESHOLDS = [0, 1, 17, 18, 21, 120, 200, 479, 480, 481, 600, 640, 1000, 1200, 2500, 2999]


def _maybe(
    valid: st.SearchStrategy[Any], invalid: st.SearchStrategy[Any] | None
) -> st.SearchStrategy[Any]:
    if invalid is None:
        return st.one_of(st.none(), valid, valid, valid)
    return st.one_of(st.none(), valid, valid, invalid)


def _keys(release: fitcerts.Release, kind: str, messy: bool) -> st.SearchStrategy[Any]:
    if kind == "credentials":
        known = [*[c.id for c in release.credentials()][:12], "CSCS", "cscs"]
        unknown = ["NOPE-CPT", "ZZZ"]
    elif kind == "memberships":
        known = [o.id for o in release.organizations()][:8]
        unknown = ["NOPE-ORG"]
    else:
        known = ["CAAHEP", "caahep", "CASCE", "NCCA", "a state board"]
        unknown = []
    valid = st.lists(st.sampled_from(known), max_size=3, unique=True)
    invalid = st.one_of(
        st.just(5),
        st.lists(st.sampled_from(known + unknown), min_size=1, max_size=3, unique=True),
    )
    return _maybe(valid, invalid if messy else None)


def _row(release: fitcerts.Release, messy: bool) -> st.SearchStrategy[dict[str, Any]]:
    """A row of valid cells, or with ``messy`` of cells that may each be invalid."""

    def bad(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any] | None:
        return values if messy else None

    flag = _maybe(st.booleans(), bad(st.sampled_from([2, "maybe"])))
    hours = _maybe(st.one_of(st.sampled_from(_THRESHOLDS), st.integers(0, 3000)), bad(_BAD_NUMBER))
    return st.fixed_dictionaries(
        {
            "age": _maybe(st.integers(14, 80), bad(st.sampled_from([0, 121, 22.5, "old", True]))),
            "education": _maybe(
                st.sampled_from([e.value for e in fitcerts.Education]), bad(st.just("astronaut"))
            ),
            "college_senior": flag,
            "cpr_aed": flag,
            "first_aid": flag,
            "internship_hours": hours,
            "experience_hours": hours,
            "experience_years": _maybe(st.integers(0, 12), bad(_BAD_NUMBER)),
            "student": flag,
            "program_accreditations": _keys(release, "program_accreditations", messy),
            "country": _maybe(st.sampled_from(["US", "GB", "JP", "us"]), bad(st.just("Narnia"))),
            "credentials": _keys(release, "credentials", messy),
            "memberships": _keys(release, "memberships", messy),
        }
    )


def _rows(release: fitcerts.Release) -> st.SearchStrategy[dict[str, Any]]:
    """Mostly valid rows, some with invalid cells (alone or together)."""
    return st.one_of(_row(release, False), _row(release, False), _row(release, True))


def _reference(release: fitcerts.Release, row: dict[str, Any], day: date) -> list[Any] | str:
    """What the row-by-row judge says of one row: a report per credential, or the error."""
    try:
        profile = fitcerts.Profile.from_dict(row)
        return [release.eligibility(profile, c, on=day) for c in release.credentials()]
    except (fitcerts.ProfileError, LookupError) as error:
        return str(error)


def _cost(release: fitcerts.Release, row: dict[str, Any], credential: str, day: date) -> Any:
    profile = fitcerts.Profile.from_dict(row)
    try:
        cost = release.total_cost(credential, profile=profile, jurisdiction=profile.country, on=day)
    except fitcerts.MixedCurrencyError:
        return (None, None, None, None, None)
    known = cost.total is not None
    return (
        float(cost.total) if cost.total is not None else None,
        cost.currency.value if known else None,
        cost.is_complete,
        cost.is_lower_bound,
        cost.is_approximate,
    )


def _cell(value: object) -> object:
    return None if value is pd.NA or (isinstance(value, float) and value != value) else value


def _bits(report: fitcerts.EligibilityReport) -> tuple[int, int]:
    """The rule codes of a report: bit i for the credential's requirement i, and UNREPORTED_BIT where
    the data does not report what it requires."""
    requirements = report.credential.requirements

    def bits(checks: tuple[fitcerts.ConditionCheck, ...]) -> int:
        found = 0
        for check in checks:
            found |= 1 << (
                UNREPORTED_BIT
                if check.requirement is None
                else requirements.index(check.requirement)
            )
        return found

    return bits(report.unmet), bits(report.undecided)


def _check(release: fitcerts.Release, rows: list[dict[str, Any]], day: date, size: int) -> None:
    table = pd.DataFrame(
        {name: pd.Series([r[name] for r in rows], dtype=object) for name in rows[0]}
    )
    frame = eligibility_frame(table, release, on=day, details=True, with_cost=True, chunksize=size)
    coded = eligibility_frame(
        table, release, on=day, with_cost=True, chunksize=size, reasons="codes"
    )
    assert list(coded.columns) == [
        "profile", "credential", "status", "unmet_rules", "undecided_rules", *COST_COLUMNS
    ]  # fmt: skip
    assert coded["status"].equals(frame["status"]) and coded["profile"].equals(frame["profile"])
    assert coded[COST_COLUMNS].equals(frame[COST_COLUMNS])
    width = len(release.credentials())
    position = 0
    for number, row in enumerate(rows):
        expected = _reference(release, row, day)
        if isinstance(expected, str):
            got = frame.iloc[position]
            assert got["profile"] == number
            assert (got["status"], got["reasons"]) == ("invalid", (expected,)), row
            assert pd.isna(got["credential"])
            assert all(got[name] is None for name in DETAILS)
            assert all(_cell(got[name]) is None for name in COST_COLUMNS)
            position += 1
            continue
        block = frame.iloc[position : position + width]
        codes = coded.iloc[position : position + width]
        position += width
        for (_, got), report in zip(codes.iterrows(), expected, strict=True):
            assert (int(got["unmet_rules"]), int(got["undecided_rules"])) == _bits(report), row
        assert list(block["profile"]) == [number] * width
        for (_, got), report in zip(block.iterrows(), expected, strict=True):
            assert got["credential"] == report.credential.id
            assert (got["status"], got["reasons"]) == (report.status.value, report.reasons), row
            for name in DETAILS:
                assert got[name] == tuple(check.reason for check in getattr(report, name)), name
            cost = tuple(_cell(got[name]) for name in COST_COLUMNS)
            assert cost == _cost(release, row, report.credential.id, day), report.credential.id
    assert position == len(frame)


@pytest.mark.parametrize("version", sorted(RELEASES))
def test_the_frame_says_what_eligibility_says_of_every_row(version: str) -> None:
    release = RELEASES[version]

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        st.lists(_rows(release), min_size=1, max_size=6),
        st.sampled_from(DAYS),
        st.integers(1, 7),
    )
    def check(rows: list[dict[str, Any]], day: date, size: int) -> None:
        _check(release, rows, day, size)

    check()


def _sharing_rows() -> list[dict[str, Any]]:
    return [
        {
            "age": 16 + n % 50,
            "education": ["bachelor", "master", None][n % 3],
            "experience_hours": (n * 37) % 2000,
            "cpr_aed": [True, False, None][n % 3],
            "country": ["US", "GB", None][n % 3],
            "credentials": [[], ["CSCS"], None][n % 3],
        }
        for n in range(300)
    ]


def test_many_rows_sharing_values_give_the_answers_of_few() -> None:
    # Repeated values across chunks: what one chunk judged is reused by the next ones.
    _check(NEWEST, _sharing_rows(), DAYS[1], 64)


def test_key_spaces_too_large_for_a_table_give_the_same_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every key space of more than one entry is hashed a chunk at a time, as a cohort's large
    # ones are (a credential list read with experience hours, many rules of one credential).
    monkeypatch.setattr(batch, "_TABLE_LIMIT", 1)
    _check(NEWEST, _sharing_rows(), DAYS[1], 64)


def test_an_unknown_column_makes_every_row_invalid_with_every_problem() -> None:
    table = pd.DataFrame({"age": [30, "old"], "shoe_size": [44, 45]})
    frame = eligibility_frame(table, NEWEST)
    assert list(frame["status"]) == ["invalid", "invalid"]
    rows: list[dict[str, object]] = [{"age": 30}, {"age": "old"}]
    for label, row in enumerate(rows):
        with pytest.raises(fitcerts.ProfileError) as caught:
            fitcerts.Profile.from_dict({**row, "shoe_size": 44 + label})
        assert frame["reasons"].iloc[label] == (str(caught.value),)


def test_upcoming_rules_are_a_column_with_details() -> None:
    table = pd.DataFrame(
        {"age": [24], "education": ["bachelor"], "cpr_aed": [True], "country": ["US"]}
    )
    frame = eligibility_frame(table, NEWEST, on=date(2026, 3, 1), details=True)
    assert list(frame.columns) == ["profile", "credential", "status", "reasons", *DETAILS]
    cscs = frame.set_index("credential").loc["CSCS"]
    assert cscs["status"] == "eligible"
    report = NEWEST.eligibility(fitcerts.Profile(**table.iloc[0].to_dict()), "CSCS")
    assert cscs["upcoming"] == tuple(check.reason for check in report.upcoming)
    assert any("2030-01-01" in reason for reason in cscs["upcoming"])
    assert cscs["reasons"] == cscs["unmet"] + cscs["undecided"] + cscs["met"]


def test_chunks_are_the_frame_in_pieces() -> None:
    table = pd.DataFrame(
        {"age": [22, "old", 30, 17, None], "cpr_aed": ["yes", "no", None, "yes", "yes"]},
        index=["a", "b", "c", "d", "e"],
    )
    whole = eligibility_frame(table, NEWEST, with_cost=True)
    pieces = list(eligibility_chunks(table, NEWEST, with_cost=True, chunksize=2))
    assert len(pieces) == 3
    joined = pd.concat(pieces, ignore_index=True)
    pd.testing.assert_frame_equal(joined, whole)
    assert list(pieces[0]["profile"].unique()) == ["a", "b"]


def test_the_profile_column_keeps_the_labels_and_their_dtype() -> None:
    frame = eligibility_frame(pd.DataFrame({"age": [30, 31]}, index=[10, 20]), NEWEST)
    assert str(frame["profile"].dtype) == "int64"
    assert frame["profile"].unique().tolist() == [10, 20]
    ranged = pd.DataFrame({"age": [30, 31, 32]}, index=pd.RangeIndex(5, 11, 2))
    assert eligibility_frame(ranged, NEWEST)["profile"].unique().tolist() == [5, 7, 9]
    pairs = pd.MultiIndex.from_tuples([("x", 1), ("y", 2)])
    labels = eligibility_frame(pd.DataFrame({"age": [30, 31]}, index=pairs), NEWEST)["profile"]
    assert labels.unique().tolist() == [("x", 1), ("y", 2)]


@pytest.mark.parametrize("size", [0, -1, 2.5, True, "10"])
def test_chunksize_is_a_whole_number_of_rows(size: object) -> None:
    with pytest.raises(TypeError, match="chunksize must be a whole number of rows"):
        eligibility_frame(pd.DataFrame({"age": [30]}), NEWEST, chunksize=size)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="details must be True or False"):
        eligibility_frame(pd.DataFrame({"age": [30]}), NEWEST, details=1)  # type: ignore[arg-type]


def test_the_face_passes_the_new_options_on() -> None:
    table = pd.DataFrame({"age": [30, 40, 50]})
    frame = fitcerts.eligibility_frame(table, NEWEST, details=True, chunksize=1)
    assert "upcoming" in frame.columns
    pd.testing.assert_frame_equal(frame, eligibility_frame(table, NEWEST, details=True))


def test_dask_runs_it_a_partition_at_a_time() -> None:
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    profiles = pd.DataFrame(
        {
            "age": [str(17 + n % 40) if n % 11 else "old" for n in range(120)],
            "education": [["bachelor", "high-school", None, "master"][n % 4] for n in range(120)],
            "cpr_aed": [[True, False, None][n % 3] for n in range(120)],
            "experience_hours": [float(n * 25) if n % 5 else None for n in range(120)],
        }
    )
    day = date(2026, 3, 1)
    expected = eligibility_frame(profiles, NEWEST, on=day)
    # dask would turn text columns into pyarrow strings: the reasons are tuples, keep objects.
    with dask.config.set({"dataframe.convert-string": False}):
        cohort = dd.from_pandas(profiles, npartitions=4)
        meta = eligibility_frame(profiles.iloc[:0], NEWEST, on=day)
        result = cohort.map_partitions(eligibility_frame, NEWEST, on=day, meta=meta)
        computed = result.compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(computed.reset_index(drop=True), expected)
