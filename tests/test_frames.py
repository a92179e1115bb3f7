"""pandas DataFrames: real dtypes, exact money, unknown as missing, never 0."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pandas as pd
import pytest

import fitcerts
from fitcerts.table import COLUMNS

NEW = fitcerts.load("2026.2")


def test_one_row_per_credential_with_real_dtypes() -> None:
    frame = fitcerts.to_dataframe()
    assert list(frame.columns) == [name for name, _ in COLUMNS]
    assert list(frame.index) == [c.id for c in fitcerts.credentials()]
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["exam_questions"] == "Int64"
    assert dtypes["exam_price_member_is_lower_bound"] == "boolean"
    assert dtypes["organization"] == "category"
    assert dtypes["id"] == "string"
    assert dtypes["newest_source_date"] == "datetime64[s]"
    assert dtypes["exam_price_member"] == "object"


def test_prices_stay_exact_and_unknown_stays_missing() -> None:
    frame = fitcerts.to_dataframe()
    assert frame.loc["CSCS", "exam_price_member"] == Decimal(340)
    assert isinstance(frame.loc["CSCS", "exam_price_non_member"], Decimal)
    assert frame.loc["NASM-CPT", "lowest_price"] == Decimal(899)
    assert bool(frame.loc["NASM-CPT", "lowest_price_is_lower_bound"]) is True
    assert frame.loc["NASM-CPT", "exam_price_member"] is pd.NA
    assert pd.isna(frame.loc["ISSA-SCC", "exam_questions"])
    assert pd.isna(frame.loc["ISSA-SCC", "exam_price_member_is_lower_bound"])
    # Missing is missing: the known prices add up without an unknown counted as 0.
    known = frame["exam_price_member"].dropna()
    assert 0 < len(known) < len(frame)
    assert all(isinstance(value, Decimal) for value in known)
    today = date.today()
    cheapest = [
        min(prices)
        for c in fitcerts.credentials()
        if (
            prices := [
                p.amount
                for p in c.prices
                if p.audience is fitcerts.Audience.MEMBER
                and p.pays_for is fitcerts.PriceItem.EXAM
                and p.amount is not None
                and p.applies(on=today)
            ]
        )
    ]
    assert sum(known) == sum(cheapest)


def test_a_pinned_catalog_gives_its_own_frame() -> None:
    old = fitcerts.to_dataframe(fitcerts.load("2026.1"))
    assert old.loc["CSCS", "passing_score_scale"] == "percent"
    assert fitcerts.to_dataframe().loc["CSCS", "passing_score_scale"] == "scaled"


def test_result_frames() -> None:
    table = fitcerts.compare("CSCS", "NASM-PES").to_dataframe()
    assert list(table.columns) == ["CSCS", "NASM-PES"]
    assert table.loc["Pass rate", "CSCS"] == "39% (2025) †"

    cost = fitcerts.total_cost("CSCS", "NASM-CPT").to_dataframe()
    assert list(cost["credential"]) == ["CSCS", "CSCS", "NASM-CPT", "NASM-CPT"]
    assert cost["amount"].iloc[0] == Decimal(475)
    assert cost["amount"].iloc[3] is pd.NA, "NASM-CPT materials are not in the data"
    assert list(cost["bound"].astype(str)) == [
        "exact",
        "lower-bound",
        "lower-bound",
        "not-reported",
    ]

    changes = fitcerts.diff("2026.1", "2026.2").to_dataframe()
    assert set(changes["change"].astype(str)) == {"added", "changed"}
    row = changes[(changes["id"] == "CSCS") & (changes["path"] == "exam.passing_score.scale")]
    assert (row["old"].item(), row["new"].item()) == ("percent", "scaled")


def test_eligibility_frame_keeps_every_row_and_reports_invalid_ones_by_index() -> None:
    profiles = pd.DataFrame(
        {
            "age": [22, 17, None, 30],
            "education": ["bachelor", "high-school", "phd", None],
            "cpr_aed": [True, True, None, False],
        },
        index=["ana", "ben", "cat", "ana"],
    )
    frame = fitcerts.eligibility_frame(profiles)
    n = len(fitcerts.credentials())
    assert len(frame) == 3 * n + 1
    invalid = frame[frame["status"] == "invalid"]
    assert list(invalid["profile"]) == ["cat"]
    assert "unknown education level 'phd'" in invalid["reasons"].item()[0]
    ana = frame[(frame["profile"] == "ana") & (frame["credential"] == "CSCS")]
    assert list(ana["status"].astype(str)) == ["eligible", "not-eligible"]
    ben = frame[(frame["profile"] == "ben") & (frame["credential"] == "NSCA-CPT")]
    assert ben["status"].item() == "not-eligible"
    expected = fitcerts.eligibility(
        fitcerts.Profile(age=17, education="high-school", cpr_aed=True), "NSCA-CPT"
    )
    assert ben["reasons"].item() == expected.reasons


def test_eligibility_frame_needs_a_dataframe() -> None:
    with pytest.raises(TypeError, match="must be a pandas DataFrame"):
        fitcerts.eligibility_frame([{"age": 3}])  # type: ignore[arg-type]


def test_without_pandas_the_error_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import fitcerts\n"
        "try:\n    fitcerts.to_dataframe()\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "fitcerts[pandas]"' in out.stdout


@pytest.mark.parametrize("frame", [{}, {"age": []}])
def test_an_empty_frame_gives_an_empty_result_with_the_usual_columns(
    frame: dict[str, list[object]],
) -> None:
    pandas = pytest.importorskip("pandas")
    result = fitcerts.eligibility_frame(pandas.DataFrame(frame))
    assert result.shape == (0, 4)
    assert list(result.columns) == ["profile", "credential", "status", "reasons"]
    assert str(result["status"].dtype) == "category"
