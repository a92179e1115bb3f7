"""eligibility_frame() takes tables as people keep them: spreadsheet spellings of flags and
numbers, numpy and pandas scalars, ``;``-separated lists; a bad cell makes only its own row
invalid; and on request, what each credential costs each candidate. All on the real data."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import numpy
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts.frames import eligibility_frame

RELEASE = fitcerts.load("2026.3")
WIDTH = len(RELEASE.credentials())
COLUMNS = ["profile", "credential", "status", "reasons"]
COST_COLUMNS = [
    "cost",
    "currency",
    "cost_is_complete",
    "cost_is_lower_bound",
    "cost_is_approximate",
]

Verdicts = list[tuple[str, str, tuple[str, ...]]]


def _expected(profile: fitcerts.Profile, on: date | None = None) -> Verdicts:
    return [
        (r.credential.id, r.status.value, r.reasons)
        for r in RELEASE.eligibility_table(profile, on=on)
    ]


def _verdicts(frame: pd.DataFrame, label: object) -> Verdicts:
    rows = frame[frame["profile"] == label]
    return [
        (str(c), str(s), r)
        for c, s, r in zip(rows["credential"], rows["status"], rows["reasons"], strict=True)
    ]


def _invalid(frame: pd.DataFrame) -> dict[object, str]:
    rows = frame[frame["status"] == "invalid"]
    assert rows["credential"].isna().all()
    return {
        label: reasons[0] for label, reasons in zip(rows["profile"], rows["reasons"], strict=True)
    }


def _problem(data: dict[str, Any]) -> str:
    with pytest.raises(fitcerts.ProfileError) as caught:
        fitcerts.Profile.from_dict(data)
    return str(caught.value)


# --- a cohort as a spreadsheet exports it ---------------------------------------------------------

COHORT = """\
name,age,education,cpr_aed,first_aid,college_senior,credentials,memberships,experience_hours,country
ana,22,Bachelor, yes ,Yes,no,,NSCA,,us
ben,17,high school,No,0,FALSE,none,,120,
cat,30, master ,TRUE,1,false,CSCS;NASM-CPT,none,1500, GB \t
dan,twenty,bachelor,yes,yes,no,,,,
eve,45,doctorate,0,no,,NASM-CPT ; ACE-CPT,,600.0,jp
fay,,,,,,,,,
"""

COHORT_PROFILES = {
    "ana": fitcerts.Profile(
        age=22,
        education="bachelor",
        cpr_aed=True,
        first_aid=True,
        college_senior=False,
        memberships=["NSCA"],
        country="US",
    ),
    "ben": fitcerts.Profile(
        age=17,
        education="high-school",
        cpr_aed=False,
        first_aid=False,
        college_senior=False,
        credentials=[],
        experience_hours=120,
    ),
    "cat": fitcerts.Profile(
        age=30,
        education="master",
        cpr_aed=True,
        first_aid=True,
        college_senior=False,
        credentials=["CSCS", "NASM-CPT"],
        memberships=[],
        experience_hours=1500,
        country="GB",
    ),
    "eve": fitcerts.Profile(
        age=45,
        education="doctorate",
        cpr_aed=False,
        first_aid=False,
        credentials=["NASM-CPT", "ACE-CPT"],
        experience_hours=600,
        country="JP",
    ),
    "fay": fitcerts.Profile(),
}


def test_a_messy_cohort_csv_is_read_as_its_author_meant_it() -> None:
    cohort = pd.read_csv(io.StringIO(COHORT), index_col="name")
    # What read_csv makes of it: text where a column holds one odd cell, floats where it has gaps.
    assert not pd.api.types.is_numeric_dtype(cohort["age"])
    assert not pd.api.types.is_bool_dtype(cohort["cpr_aed"])
    assert str(cohort["experience_hours"].dtype) == "float64"
    frame = eligibility_frame(cohort, RELEASE)
    assert list(frame.columns) == COLUMNS
    assert len(frame) == len(COHORT_PROFILES) * WIDTH + 1
    # Only the row with a bad value is invalid, with the message Profile gives for it.
    assert _invalid(frame) == {"dan": _problem({"age": "twenty"})}
    assert _invalid(frame)["dan"].endswith("not 'twenty'")
    for label, profile in COHORT_PROFILES.items():
        assert _verdicts(frame, label) == _expected(profile), label
    assert list(dict.fromkeys(frame["profile"])) == list(cohort.index)


def test_numpy_and_pandas_scalars_are_their_values_and_gaps_are_unknown() -> None:
    table = pd.DataFrame(
        {
            "age": pd.Series([numpy.int64(22), numpy.int32(30), pd.NA], dtype=object),
            "experience_years": pd.array([3, None, 0], dtype="Int64"),
            "cpr_aed": pd.Series([numpy.bool_(True), numpy.nan, numpy.bool_(False)], dtype=object),
            "first_aid": pd.array([True, None, False], dtype="boolean"),
            "internship_hours": numpy.array([0.0, numpy.nan, 600.0]),
            "student": numpy.array([1, 0, 1], dtype=numpy.int8),
            "education": pd.Series(["bachelor", pd.NA, numpy.str_("master")], dtype="string"),
            "credentials": pd.Series([numpy.array(["CSCS"]), ["NASM-CPT"], None], dtype=object),
        }
    ).set_axis([numpy.int64(7), numpy.int64(8), numpy.int64(9)])
    frame = eligibility_frame(table, RELEASE)
    assert _invalid(frame) == {}
    expected = {
        7: fitcerts.Profile(
            age=22,
            experience_years=3,
            cpr_aed=True,
            first_aid=True,
            internship_hours=0,
            student=True,
            education="bachelor",
            credentials=["CSCS"],
        ),
        8: fitcerts.Profile(age=30, student=False, credentials=["NASM-CPT"]),
        9: fitcerts.Profile(
            experience_years=0,
            cpr_aed=False,
            first_aid=False,
            internship_hours=600,
            student=True,
            education="master",
        ),
    }
    for label, profile in expected.items():
        assert _verdicts(frame, label) == _expected(profile), label


FLAGS: list[tuple[object, bool | None]] = [
    *[(v, True) for v in ["yes", "YES", " Yes ", "true", "True", "TRUE", "1", " 1 "]],
    *[(v, True) for v in [True, 1, 1.0, numpy.int64(1), numpy.bool_(True), Decimal(1)]],
    *[(v, False) for v in ["no", "NO", " No", "false", "False", "FALSE", "0", "0 "]],
    *[(v, False) for v in [False, 0, 0.0, numpy.int64(0), numpy.bool_(False)]],
    *[(v, None) for v in [None, numpy.nan, pd.NA, float("nan"), "", "   "]],
]


def test_every_spelling_of_a_flag_reads_as_that_flag() -> None:
    table = pd.DataFrame(
        {"age": 30, "cpr_aed": pd.Series([value for value, _ in FLAGS], dtype=object)}
    )
    frame = eligibility_frame(table, RELEASE)
    assert _invalid(frame) == {}
    for row, (value, flag) in enumerate(FLAGS):
        assert _verdicts(frame, row) == _expected(fitcerts.Profile(age=30, cpr_aed=flag)), value


@pytest.mark.parametrize("value", ["maybe", "y", "2", 2, -1, 0.5, "yes please"])
def test_a_flag_that_is_no_flag_makes_its_row_invalid_alone(value: object) -> None:
    table = pd.DataFrame({"age": [30, 31], "cpr_aed": pd.Series([True, value], dtype=object)})
    frame = eligibility_frame(table, RELEASE)
    assert list(_invalid(frame)) == [1]
    assert "cpr_aed must be True, False or None" in _invalid(frame)[1]
    assert _verdicts(frame, 0) == _expected(fitcerts.Profile(age=30, cpr_aed=True))


@pytest.mark.parametrize(
    ("cell", "age"),
    [("22", 22), (" 22 ", 22), ("22.0", 22), (22.0, 22), (numpy.float32(22), 22), ("+22", 22)],
)
def test_whole_numbers_are_read_from_text_and_floats(cell: object, age: int) -> None:
    frame = eligibility_frame(pd.DataFrame({"age": pd.Series([cell], dtype=object)}), RELEASE)
    assert _verdicts(frame, 0) == _expected(fitcerts.Profile(age=age))


@pytest.mark.parametrize("cell", ["22.5", 22.5, "1e999999999", "inf", "NaN years", True, "0x16"])
def test_a_number_that_is_no_whole_number_makes_its_row_invalid(cell: object) -> None:
    frame = eligibility_frame(pd.DataFrame({"age": pd.Series([cell], dtype=object)}), RELEASE)
    assert list(_invalid(frame)) == [0]
    assert "age must be" in _invalid(frame)[0]


@pytest.mark.parametrize(
    ("cell", "keys"),
    [
        ("CSCS;NASM-CPT", {"CSCS", "NASM-CPT"}),
        (" CSCS ; NASM-CPT ;", {"CSCS", "NASM-CPT"}),
        ("nasm cpt", {"NASM-CPT"}),
        ("none", set()),
        ("NONE", set()),
        (["CSCS"], {"CSCS"}),
        (("CSCS", "NASM-CPT"), {"CSCS", "NASM-CPT"}),
        (numpy.array(["CSCS", "NASM-CPT"]), {"CSCS", "NASM-CPT"}),
        ([], set()),
    ],
)
def test_credential_lists_as_fitcerts_writes_them(cell: object, keys: set[str]) -> None:
    table = pd.DataFrame({"age": [30], "credentials": pd.Series([cell], dtype=object)})
    frame = eligibility_frame(table, RELEASE)
    assert _verdicts(frame, 0) == _expected(fitcerts.Profile(age=30, credentials=keys))


def test_a_list_naming_an_unknown_credential_makes_only_its_row_invalid() -> None:
    table = pd.DataFrame({"credentials": ["CSCS;NOPE-CPT", "CSCS", ";", "CSCS, NASM-CPT"]})
    invalid = _invalid(eligibility_frame(table, RELEASE))
    assert list(invalid) == [0, 2, 3]
    assert invalid[0].startswith("Unknown credential 'NOPE-CPT'.")
    assert "credentials must be a list of ids, not ';'" in invalid[2]
    assert invalid[3].startswith("Unknown credential 'CSCS, NASM-CPT'.")


# --- empty tables -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        pd.DataFrame(),
        pd.DataFrame({"age": []}),
        pd.read_csv(io.StringIO("age,cpr_aed,credentials\n")),
    ],
    ids=["no columns", "no rows", "header only"],
)
def test_an_empty_table_gives_an_empty_frame_with_every_column(table: pd.DataFrame) -> None:
    frame = eligibility_frame(table, RELEASE, with_cost=True)
    assert frame.shape == (0, 9)
    assert list(frame.columns) == COLUMNS + COST_COLUMNS
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["status"] == dtypes["credential"] == dtypes["currency"] == "category"
    assert dtypes["cost"] == "Float64"
    assert dtypes["cost_is_complete"] == dtypes["cost_is_lower_bound"] == "boolean"
    assert str(eligibility_frame(table, RELEASE, with_cost=True, exact=True)["cost"].dtype) == (
        "object"
    )
    assert list(eligibility_frame(table, RELEASE).columns) == COLUMNS


def test_rows_without_columns_are_candidates_about_whom_nothing_is_known() -> None:
    frame = eligibility_frame(pd.DataFrame(index=["ana", "ben"]), RELEASE)
    assert len(frame) == 2 * WIDTH
    assert _verdicts(frame, "ben") == _expected(fitcerts.Profile())


# --- costs ------------------------------------------------------------------------------------------

CANDIDATES = {
    "student": fitcerts.Profile(age=20, education="high-school", student=True, cpr_aed=True),
    "graduate": fitcerts.Profile(age=24, education="bachelor", cpr_aed=True, country="US"),
    "uk coach": fitcerts.Profile(age=35, education="master", memberships=["UKSCA"], country="GB"),
    "in japan": fitcerts.Profile(age=28, education="bachelor", country="JP"),
}


def _table(profiles: dict[str, fitcerts.Profile]) -> pd.DataFrame:
    rows = [
        {k: sorted(v) if isinstance(v, frozenset) else v for k, v in p.to_dict().items()}
        for p in profiles.values()
    ]
    table: pd.DataFrame = pd.DataFrame(rows, index=list(profiles))
    return table


def test_with_cost_each_row_costs_what_total_cost_says() -> None:
    table = _table(CANDIDATES)
    frame = eligibility_frame(table, RELEASE, with_cost=True)
    exact = eligibility_frame(table, RELEASE, with_cost=True, exact=True)
    assert list(frame.columns) == COLUMNS + COST_COLUMNS
    assert str(frame["cost"].dtype) == "Float64" and str(exact["cost"].dtype) == "object"
    assert frame.drop(columns="cost").equals(exact.drop(columns="cost"))
    seen = set()
    for (label, credential), row in frame.set_index(["profile", "credential"]).iterrows():
        profile = CANDIDATES[str(label)]
        exact_cost = exact.set_index(["profile", "credential"]).loc[(label, credential), "cost"]
        try:
            total = RELEASE.total_cost(
                str(credential), profile=profile, jurisdiction=profile.country
            )
        except fitcerts.MixedCurrencyError:  # never added across currencies: unknown
            assert row[COST_COLUMNS].isna().all()
            seen.add("mixed")
            continue
        if total.total is None:
            assert row["cost"] is pd.NA and exact_cost is pd.NA
            assert pd.isna(row["currency"])
            seen.add("unknown")
        else:
            assert row["cost"] == float(total.total)
            assert exact_cost == total.total and isinstance(exact_cost, Decimal)
            assert row["currency"] == total.currency.value
            seen.add(total.currency.value)
        assert row["cost_is_complete"] == total.is_complete
        assert row["cost_is_lower_bound"] == total.is_lower_bound
        assert row["cost_is_approximate"] == total.is_approximate
    # The real data has every case: unknown prices and more than one currency. One market a
    # credential, so no total mixes currencies: a candidate in Japan pays CSCS in yen only.
    assert {"unknown", "USD", "JPY"} <= seen and "mixed" not in seen


def test_a_candidate_in_japan_sees_yen_and_mixed_currencies_are_never_added() -> None:
    table = _table({"in japan": CANDIDATES["in japan"]})
    frame = eligibility_frame(table, RELEASE, with_cost=True).set_index("credential")
    assert frame.loc["NSCA-CPT", "cost"] == 46000.0
    assert frame.loc["NSCA-CPT", "currency"] == "JPY"
    # The JP market alone: NSCA Japan's yen exam fee; the US study materials are not mixed in.
    cscs = RELEASE.total_cost("CSCS", jurisdiction="JP")
    assert cscs.total == 49300 and cscs.currency == "JPY" and not cscs.is_complete
    assert frame.loc["CSCS", "cost"] == 49300.0 and frame.loc["CSCS", "currency"] == "JPY"
    assert not frame.loc["CSCS", "cost_is_complete"]


def test_an_invalid_row_has_no_cost() -> None:
    table = pd.DataFrame({"age": [30, "old"]})
    frame = eligibility_frame(table, RELEASE, with_cost=True)
    bad = frame[frame["profile"] == 1]
    assert len(bad) == 1 and bad["status"].item() == "invalid"
    assert bad[COST_COLUMNS].isna().all(axis=None)


# --- the day ------------------------------------------------------------------------------------


def test_on_is_the_day_of_the_rules_and_of_the_prices() -> None:
    graduate = CANDIDATES["graduate"]
    table = _table({"graduate": graduate})
    later = date(2030, 1, 2)  # CSCS asks US candidates for a CASCE-accredited degree from 2030
    today = eligibility_frame(table, RELEASE).set_index("credential")
    then = eligibility_frame(table, RELEASE, on=later).set_index("credential")
    assert today.loc["CSCS", "status"] == "eligible"
    assert then.loc["CSCS", "status"] == "unknown"
    assert _verdicts(then.reset_index(), "graduate") == _expected(graduate, on=later)
    # ACSM-GEI was priced in 2013, study materials at "about $70".
    past = date(2013, 6, 1)
    priced = eligibility_frame(table, RELEASE, on=past, with_cost=True).set_index("credential")
    total = RELEASE.total_cost("ACSM-GEI", profile=graduate, jurisdiction="US", on=past)
    assert priced.loc["ACSM-GEI", "cost"] == float(total.total or 0) == 349.0
    assert bool(priced.loc["ACSM-GEI", "cost_is_approximate"]) is True


def test_arguments_are_checked_before_any_row_is_read() -> None:
    table = pd.DataFrame({"age": [30]})
    with pytest.raises(TypeError, match=r"on must be a datetime\.date"):
        eligibility_frame(table, RELEASE, on="2030-01-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="with_cost must be True or False"):
        eligibility_frame(table, RELEASE, with_cost="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="more than one column named age"):
        eligibility_frame(pd.DataFrame([[30, 31]], columns=["age", "age"]), RELEASE)
    # The signature of earlier releases still works: a catalog by position, on by keyword.
    assert len(fitcerts.eligibility_frame(table, RELEASE, on=date(2026, 3, 1))) == WIDTH


# --- property: how a value is written never changes the verdict -----------------------------------

_TRUE = ["yes", " Yes", "TRUE", "true ", "1", 1, 1.0, True, numpy.int64(1), numpy.bool_(True)]
_FALSE = ["no", "No ", "FALSE", "false", " 0", 0, 0.0, False, numpy.int64(0), numpy.bool_(False)]
_GAP = [None, "", "  ", numpy.nan, pd.NA]


def _spelled_flag() -> st.SearchStrategy[tuple[bool | None, object]]:
    return st.one_of(
        st.sampled_from(_TRUE).map(lambda v: (True, v)),
        st.sampled_from(_FALSE).map(lambda v: (False, v)),
        st.sampled_from(_GAP).map(lambda v: (None, v)),
    )


def _spelled_age() -> st.SearchStrategy[tuple[int | None, object]]:
    whole = st.integers(min_value=15, max_value=70).flatmap(
        lambda n: st.sampled_from(
            [n, str(n), f" {n} ", f"{n}.0", float(n), numpy.int64(n), numpy.float64(n)]
        ).map(lambda v: (n, v))
    )
    return st.one_of(whole, st.sampled_from(_GAP).map(lambda v: (None, v)))


def _spelled_keys() -> st.SearchStrategy[tuple[frozenset[str] | None, object]]:
    keys = st.sets(st.sampled_from(["CSCS", "NASM-CPT", "ACE-CPT", "NSCA-CPT"]), max_size=3)
    listed = keys.flatmap(
        lambda ks: st.permutations(sorted(ks)).flatmap(
            lambda order: st.sampled_from(
                [";".join(order) if order else "none", list(order), " ; ".join(order) or "NONE"]
            ).map(lambda v: (frozenset(order), v))
        )
    )
    return st.one_of(listed, st.sampled_from(_GAP).map(lambda v: (None, v)))


_ROW = st.tuples(_spelled_age(), _spelled_flag(), _spelled_flag(), _spelled_keys())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ROW, min_size=1, max_size=4))
def test_how_a_value_is_written_never_changes_the_verdict(rows: list[Any]) -> None:
    names = ["age", "cpr_aed", "student", "credentials"]
    table = pd.DataFrame(
        {name: pd.Series([row[i][1] for row in rows], dtype=object) for i, name in enumerate(names)}
    )
    frame = eligibility_frame(table, RELEASE)
    assert _invalid(frame) == {}
    assert len(frame) == len(rows) * WIDTH
    for number, row in enumerate(rows):
        profile = fitcerts.Profile(**{name: row[i][0] for i, name in enumerate(names)})
        assert _verdicts(frame, number) == _expected(profile)
