"""One market per answer (release 2026.5): every body has a country, every price its market,
and an answer shows one country's prices, names the others and converts only at the caller's
rates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fitcerts
from fitcerts.check import check_folder
from fitcerts.dataformat import release_folder
from fitcerts.markets import choose_market, markets, prices_in
from fitcerts.vocabulary import Currency

RELEASE = fitcerts.load("2026.5")
RATES_ON = date(2026, 12, 1)
FITCERTS = [sys.executable, "-m", "fitcerts"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FITCERTS, *args], capture_output=True, text=True, check=False)


def test_it_is_bundled_and_checks_clean() -> None:
    assert "2026.5" in fitcerts.data_versions()
    assert check_folder(release_folder("2026.5")) == []


def test_every_organization_has_a_country_and_every_price_its_market() -> None:
    for organization in RELEASE.organizations():
        assert organization.country, organization.id
        assert organization.sources_for("country"), organization.id
        tiers = [p for tier in organization.memberships for p in tier.prices]
        assert all(p.jurisdiction for p in (*organization.prices, *tiers)), organization.id
    for credential in RELEASE.credentials():
        assert all(p.jurisdiction for p in credential.prices), credential.id
    # The four bodies 2026.4 left without a country.
    found = {o.id: o.country for o in RELEASE.organizations()}
    assert [found[o] for o in ("CSCCa", "NFPT", "NETA", "WITS")] == ["US"] * 4
    assert "inferred" in RELEASE.organization("NETA").description


def test_the_check_refuses_a_price_without_its_market(
    release_copy: Path, edit_json: object
) -> None:
    def unplace(credentials: list[dict[str, object]]) -> None:
        prices = credentials[0]["prices"]
        assert isinstance(prices, list) and prices
        del prices[0]["jurisdiction"]

    assert callable(edit_json)
    edit_json(release_copy, "credentials.json", unplace)
    problems = check_folder(release_copy)
    assert len(problems) == 1 and "every price names the market it is for" in problems[0]


def test_the_main_command_shows_no_yen_and_says_where_the_japanese_fees_are() -> None:
    us = run("compare", "CSCS", "NASM-PES")
    assert us.returncode == 0, us.stderr
    assert "¥" not in us.stdout and "[JP" not in us.stdout
    assert "Also offered in JP: fitcerts compare CSCS NASM-PES --country JP" in us.stdout
    jp = run("compare", "CSCS", "NASM-PES", "--country", "JP")
    assert jp.returncode == 0, jp.stderr
    cost_row = jp.stdout.split("Study materials")[0]
    assert "¥49,300" in cost_row and "$340" not in cost_row
    assert "NASM-PES: no prices for JP (it has prices for US)" in jp.stdout
    nasm = cost_row.split("NASM-PES", 1)[1]
    assert "$" not in nasm and "not reported" in nasm  # never another market's prices


def test_show_lists_each_market_under_its_own_heading() -> None:
    out = run("show", "CSCS")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    us, jp = text.index("  prices in US"), text.index("  prices in JP")
    assert us < jp and "¥" not in text[us:jp] and "$" not in text[jp : text.index("  required")]


@settings(max_examples=60, deadline=None)
@given(
    credential=st.sampled_from(RELEASE.credentials()),
    asked=st.sampled_from([None, "US", "GB", "JP", "CA", "AU", "IE"]),
)
def test_an_answer_is_one_markets(credential: fitcerts.Credential, asked: str | None) -> None:
    market = choose_market(credential, asked)
    assert market.country == (asked or credential.organization.country)
    assert market.country not in market.others
    assert market.priced == (market.country in markets(credential))
    try:
        cost = RELEASE.total_cost(credential, jurisdiction=asked)
    except fitcerts.MixedCurrencyError:  # one market can still price in two currencies
        return
    assert all(item.market == market.country for item in cost.items)
    shown = prices_in(credential.prices, market.country, credential.organization.country)
    currencies = {p.currency for p in shown if p.amount is not None}
    assert cost.total is None or cost.currency in currencies
    assert cost.markets == (market,)
    assert bool(cost.market_notes) == (not market.priced)
    if not market.priced:  # never another market's prices: not reported
        assert cost.total is None and not cost.is_complete


def test_a_table_cell_never_mixes_markets() -> None:
    for credential in RELEASE.credentials():
        others = markets(credential)[1:]
        if not others:
            continue
        table = RELEASE.compare(credential, "NASM-PES")
        assert set(others) <= set(table.elsewhere)
        home = credential.organization.country
        foreign = {p.currency for p in credential.prices if p.jurisdiction != home}
        foreign -= {p.currency for p in credential.prices if p.jurisdiction == home}
        symbols = [c.symbol for c in foreign]
        assert not any(
            s in cell.text for row in table.rows for cell in row.cells[:1] for s in symbols
        )


def test_the_frame_has_one_market_a_row() -> None:
    frame = fitcerts.to_dataframe(RELEASE)
    assert frame.loc["CSCS", "market"] == "US" and frame.loc["CSCS", "currency"] == "USD"
    japan = fitcerts.to_dataframe(RELEASE, jurisdiction="JP")
    assert japan.loc["CSCS", "market"] == "JP" and japan.loc["CSCS", "currency"] == "JPY"
    # No JP prices: none in the row, never another market's.
    assert japan.loc["NASM-PES", "market"] == "JP" and bool(japan["currency"].isna()["NASM-PES"])
    with pytest.raises(fitcerts.UnknownValueError, match="jurisdiction"):
        fitcerts.to_dataframe(RELEASE, jurisdiction="Narnia")


def test_a_total_in_two_currencies_converts_only_at_rates_given() -> None:
    with pytest.raises(fitcerts.MixedCurrencyError):
        RELEASE.total_cost("UKSCA-ASCC", "CSCS", member=True)
    rates = {"GBP": Decimal("1.27")}
    both = RELEASE.total_cost(
        "UKSCA-ASCC", "CSCS", member=True, currency="USD", rates=rates, rates_on=RATES_ON
    )
    ascc = RELEASE.total_cost("UKSCA-ASCC", member=True)
    cscs = RELEASE.total_cost("CSCS", member=True)
    assert ascc.total is not None and cscs.total is not None
    assert both.currency is Currency.USD
    assert both.total == (ascc.total * Decimal("1.27")).quantize(Decimal("0.01")) + cscs.total
    assert both.conversion is not None and both.conversion.rates == ((Currency.GBP, rates["GBP"]),)
    assert both.conversion.on == RATES_ON and "1 GBP = 1.27 USD" in str(both)
    assert both.is_lower_bound == (ascc.is_lower_bound or cscs.is_lower_bound)
    # The lines keep their own amounts and currencies: only the total is converted.
    assert {item.currency for item in both.items if item.amount is not None} == {
        Currency.GBP,
        Currency.USD,
    }
    # Asked for a currency all lines are already in: nothing to convert, nothing said.
    plain = RELEASE.total_cost("CSCS", currency="usd")
    assert plain.conversion is None and plain.total == RELEASE.total_cost("CSCS").total
    owned = RELEASE.cost_of_ownership(
        "UKSCA-ASCC", "CSCS", years=3, currency="USD", rates=rates, rates_on=RATES_ON
    )
    assert owned.conversion is not None and owned.currency is Currency.USD


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"currency": "USD", "rates": {"CAD": "0.73"}}, TypeError, "rates_on"),
        ({"rates": {"GBP": "1.27"}, "rates_on": RATES_ON}, TypeError, "currency="),
        ({"currency": "USD", "rates": {"GBP": 1.27}, "rates_on": RATES_ON}, TypeError, "float"),
        ({"currency": "USD", "rates": {"GBP": "-1"}, "rates_on": RATES_ON}, ValueError, "positive"),
        ({"currency": "USD", "rates": {"GBP": "NaN"}, "rates_on": RATES_ON}, ValueError, "rate"),
        ({"currency": "USD", "rates": {"XYZ": "1"}, "rates_on": RATES_ON}, ValueError, "currency"),
        ({"currency": "dollars"}, ValueError, "currency"),
        ({"currency": "USD", "rates": [("GBP", "1")], "rates_on": RATES_ON}, TypeError, "mapping"),
        ({"currency": "USD", "rates": {"GBP": "1"}, "rates_on": "2026-12-01"}, TypeError, "date"),
    ],
)
def test_bad_conversion_arguments_are_named(
    options: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        RELEASE.total_cost("UKSCA-ASCC", "CSCS", **options)  # type: ignore[arg-type]


def test_a_missing_rate_names_the_currency() -> None:
    with pytest.raises(fitcerts.MissingRateError, match="GBP") as caught:
        RELEASE.total_cost(
            "UKSCA-ASCC", "CSCS", currency="USD", rates={"CAD": "0.73"}, rates_on=RATES_ON
        )
    assert isinstance(caught.value, fitcerts.MixedCurrencyError)
    assert caught.value.currencies == ("GBP",) and caught.value.target == "USD"


def test_the_command_line_converts_at_the_rates_given() -> None:
    out = run(
        "cost", "UKSCA-ASCC", "CSCS", "--member",
        "--currency", "USD", "--rate", "GBP=1.27", "--rates-on", "2026-12-01",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "total: $989+ USD" in out.stdout
    assert "converted to USD at 1 GBP = 1.27 USD (rates of 2026-12-01)" in out.stdout
    missing = run(
        "cost", "UKSCA-ASCC", "CSCS", "--currency", "USD", "--rate", "CAD=1", "--rates-on",
        "2026-12-01",
    )  # fmt: skip
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines()[-1].endswith("add --rate GBP=RATE")


def test_a_profile_s_country_is_the_market_when_none_is_named() -> None:
    in_japan = fitcerts.Profile(country="JP")
    assert RELEASE.total_cost("CSCS", profile=in_japan).currency is Currency.JPY
    assert RELEASE.total_cost("CSCS", profile=in_japan, jurisdiction="US").currency == "USD"


def test_eligibility_takes_the_same_keyword() -> None:
    graduate = fitcerts.Profile(age=30, education="bachelor", cpr_aed=True)
    later = date(2030, 6, 1)  # CSCS's degree rule for candidates in the US is in force
    for place in ("US", "GB", "JP"):
        placed = fitcerts.Profile(age=30, education="bachelor", cpr_aed=True, country=place)
        got = RELEASE.eligibility(graduate, "CSCS", on=later, jurisdiction=place)
        assert got == RELEASE.eligibility(placed, "CSCS", on=later)
    # Where the candidate is, nobody says: the US-only rule leaves the verdict unknown.
    assert RELEASE.eligibility(graduate, "CSCS", on=later).status.value == "unknown"
    abroad = RELEASE.eligibility(graduate, "CSCS", on=later, jurisdiction="GB")
    assert abroad.status.value == "eligible"
    assert RELEASE.eligible(graduate, on=later, jurisdiction="GB") != RELEASE.eligible(
        graduate, on=later
    )
    with pytest.raises(fitcerts.ProfileError, match="country"):
        RELEASE.eligibility(graduate, "CSCS", jurisdiction="Narnia")


def test_the_eligibility_frame_fills_the_country_it_is_given() -> None:

    table = pd.DataFrame({"age": [30, 30], "country": [None, "US"]}, index=["a", "b"])
    frame = fitcerts.eligibility_frame(table, RELEASE, with_cost=True, jurisdiction="JP")
    cscs = frame[frame["credential"] == "CSCS"].set_index("profile")
    assert cscs.loc["a", "currency"] == "JPY" and cscs.loc["b", "currency"] == "USD"
    assert table["country"].isna().tolist() == [True, False]  # the caller's table is unchanged
    bare = pd.DataFrame({"age": [30]})
    only = fitcerts.eligibility_frame(bare, RELEASE, with_cost=True, jurisdiction="JP")
    assert only[only["credential"] == "CSCS"]["currency"].tolist() == ["JPY"]
    with pytest.raises(fitcerts.UnknownValueError, match="jurisdiction"):
        fitcerts.eligibility_frame(bare, RELEASE, jurisdiction="Narnia")


@pytest.mark.parametrize(
    ("country", "golden"),
    [(None, "compare-CSCS-NASM-PES-2026.5.txt"), ("JP", "compare-CSCS-NASM-PES-2026.5-JP.txt")],
)
def test_the_compare_tables_match_their_golden_files(country: str | None, golden: str) -> None:
    args = ["compare", "CSCS", "NASM-PES", "--data-version", "2026.5"]
    out = run(*args, *(["--country", country] if country else []))
    assert out.returncode == 0, out.stderr
    expected = (Path(__file__).parent / "golden" / golden).read_text(encoding="utf-8")
    assert out.stdout == expected
