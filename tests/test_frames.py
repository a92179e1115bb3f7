"""pandas DataFrames: real dtypes, exact money, unknown as missing, never 0."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from decimal import Decimal
from typing import Any

import numpy
import pandas as pd
import pytest

import fitcerts
from fitcerts.frames import cost_frame, eligibility_frame, to_dataframe
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
    money = [name for name, kind in COLUMNS if kind == "money"]
    assert money == ["exam_price_member", "exam_price_non_member", "lowest_price", "highest_price"]
    assert {dtypes[name] for name in [*money, "pass_rate", "passing_score"]} == {"Float64"}
    assert dtypes["currency"] == "category"


def _cheapest_member_exam_prices() -> list[Decimal]:
    today = date.today()
    return [
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


def test_prices_are_numbers_and_unknown_stays_missing() -> None:
    frame = fitcerts.to_dataframe()
    assert frame.loc["CSCS", "exam_price_member"] == 340.0
    assert frame.loc["CSCS", "currency"] == "USD"
    assert frame.loc["NASM-CPT", "lowest_price"] == 899.0
    assert bool(frame.loc["NASM-CPT", "lowest_price_is_lower_bound"]) is True
    assert frame.loc["NASM-CPT", "exam_price_member"] is pd.NA
    assert frame.loc["ISSA-SCC", "exam_questions"] is pd.NA
    assert frame.loc["ISSA-SCC", "exam_price_member_is_lower_bound"] is pd.NA
    # A row without a price has no currency either.
    assert frame["currency"].isna().equals(frame["lowest_price"].isna())
    # Missing is missing: the known prices add up without an unknown counted as 0.
    known = frame["exam_price_member"].dropna()
    assert 0 < len(known) < len(frame)
    assert frame["exam_price_member"].sum() == float(sum(_cheapest_member_exam_prices()))
    assert frame["exam_price_member"].mean() == known.sum() / len(known)
    # .astype(float) works and keeps missing missing (NaN), never 0.
    assert frame["exam_price_member"].astype(float).isna().sum() == len(frame) - len(known)


def test_exact_prices_stay_decimal() -> None:
    frame = to_dataframe(exact=True)
    assert str(frame["exam_price_member"].dtype) == "object"
    assert frame.loc["CSCS", "exam_price_member"] == Decimal(340)
    cells: list[object] = [
        frame.loc["CSCS", "exam_price_non_member"],
        frame.loc["CSCS", "pass_rate"],
    ]
    assert all(isinstance(cell, Decimal) for cell in cells)
    assert frame.loc["NASM-CPT", "exam_price_member"] is pd.NA
    known = frame["exam_price_member"].dropna()
    assert all(isinstance(value, Decimal) for value in known)
    assert sum(known) == sum(_cheapest_member_exam_prices())
    # The same numbers as the default frame, only exact.
    floats = fitcerts.to_dataframe()
    for name, kind in COLUMNS:
        if kind in ("money", "decimal"):
            as_float = frame[name].map(lambda v: pd.NA if v is pd.NA else float(v))
            assert as_float.astype("Float64").equals(floats[name]), name
        else:
            assert frame[name].equals(floats[name]), name
    with pytest.raises(TypeError, match="exact must be True or False"):
        to_dataframe(exact="yes")  # type: ignore[arg-type]


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
    assert str(cost["amount"].dtype) == "Float64"
    assert cost["amount"].iloc[0] == 475.0
    assert cost["amount"].iloc[3] is pd.NA, "NASM-CPT materials are not in the data"
    assert list(cost["currency"].astype(object).fillna("-")) == ["USD", "USD", "USD", "-"]
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
            "education": ["bachelor", "high-school", "astronaut", None],
            "cpr_aed": [True, True, None, False],
        },
        index=["ana", "ben", "cat", "ana"],
    )
    frame = fitcerts.eligibility_frame(profiles)
    n = len(fitcerts.credentials())
    assert len(frame) == 3 * n + 1
    invalid = frame[frame["status"] == "invalid"]
    assert list(invalid["profile"]) == ["cat"]
    assert "unknown education level 'astronaut'" in invalid["reasons"].item()[0]
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


def test_a_cost_breakdown_frame_has_exact_amounts_on_request() -> None:
    cost = fitcerts.total_cost("CSCS", "NASM-CPT")
    exact = cost_frame(cost, exact=True)
    assert str(exact["amount"].dtype) == "object"
    assert list(exact["amount"]) == [
        item.amount if item.amount is not None else pd.NA for item in cost.items
    ]
    assert exact["amount"].iloc[0] == Decimal(475)
    floats = cost.to_dataframe()
    assert exact.drop(columns="amount").equals(floats.drop(columns="amount"))


# --- plotting: money columns are numbers -----------------------------------------------------------


def _agg_axes() -> tuple[Any, Any]:
    """A figure drawn by matplotlib's non-interactive Agg backend, and its axes (no pyplot
    state, no backend switched for the rest of the tests)."""
    pytest.importorskip("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure()
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def _draw(figure: Any) -> None:
    figure.savefig(io.BytesIO(), format="png")


def test_a_price_column_plots_as_it_is() -> None:
    frame = fitcerts.to_dataframe()
    figure, axes = _agg_axes()
    frame["lowest_price"].plot(ax=axes)  # gaps and all: this raised "no numeric data to plot"
    _draw(figure)
    drawn = numpy.ma.masked_invalid(axes.lines[0].get_ydata())  # a gap is not drawn
    assert drawn.filled(-1).tolist() == frame["lowest_price"].fillna(-1).tolist()
    # One currency at a time, unknown prices left out rather than drawn as 0.
    usd = frame[frame["currency"] == "USD"]["exam_price_non_member"].dropna()
    figure, axes = _agg_axes()
    usd.plot.bar(ax=axes)
    _draw(figure)
    assert [bar.get_height() for bar in axes.patches] == usd.tolist()
    assert 0 not in usd.tolist()


def test_a_cost_column_plots() -> None:
    lines = fitcerts.total_cost("CSCS", "NSCA-CPT", member=True).to_dataframe()
    figure, axes = _agg_axes()
    lines["amount"].dropna().plot.bar(ax=axes)
    _draw(figure)
    assert [bar.get_height() for bar in axes.patches] == lines["amount"].dropna().tolist()

    candidates = pd.DataFrame({"age": [22], "education": ["bachelor"], "cpr_aed": [True]})
    costs = eligibility_frame(candidates, with_cost=True).set_index("credential")
    figure, axes = _agg_axes()
    costs["cost"].plot(ax=axes)
    costs["cost"].dropna().plot.barh(ax=axes)
    _draw(figure)
    assert [bar.get_width() for bar in axes.patches] == costs["cost"].dropna().tolist()


def test_the_face_offers_the_options_of_the_frames() -> None:
    exact = fitcerts.to_dataframe(exact=True)
    assert exact.loc["CSCS", "exam_price_member"] == Decimal(340)
    lines = fitcerts.total_cost("CSCS").to_dataframe(exact=True)
    assert lines["amount"].iloc[0] == Decimal(475)
    candidates = pd.DataFrame({"age": [30]})
    costs = fitcerts.eligibility_frame(candidates, with_cost=True)
    assert "cost" in costs.columns
