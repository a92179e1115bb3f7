"""Country codes are ISO 3166-1 alpha-2 codes, checked: no two letters pass for a country, a
slip says what was meant, and a country without prices never gets another's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

import fitcerts
from fitcerts.check import check_folder
from fitcerts.countries import COUNTRY_CODES, SLIPS
from fitcerts.vocabulary import country_code

RELEASE = fitcerts.load(fitcerts.DATA_VERSION)


def test_the_codes_are_pycountry_s() -> None:
    assert {country.alpha_2 for country in pycountry.countries} == COUNTRY_CODES
    assert not set(SLIPS) & COUNTRY_CODES and set(SLIPS.values()) <= COUNTRY_CODES


@pytest.mark.parametrize(("given", "code"), [("gb", "GB"), (" jp ", "JP"), ("US", "US")])
def test_a_code_in_any_case_is_read(given: str, code: str) -> None:
    assert country_code(given) == code


@pytest.mark.parametrize(
    ("given", "said"),
    [("XX", "an ISO 3166-1 code"), ("JA", "JP (the ISO code meant)"), ("UK", "GB"), ("G", "")],
)
def test_an_unknown_code_is_a_clear_error(given: str, said: str) -> None:
    with pytest.raises(fitcerts.UnknownValueError, match="jurisdiction") as caught:
        fitcerts.total_cost("CSCS", jurisdiction=given)
    assert said in str(caught.value)
    with pytest.raises(fitcerts.UnknownValueError):
        fitcerts.compare("CSCS", "CPSS", jurisdiction=given)
    with pytest.raises(fitcerts.ProfileError, match="country must be an ISO 3166-1 code"):
        fitcerts.Profile(country=given)


def test_uk_says_gb_everywhere() -> None:
    with pytest.raises(fitcerts.ProfileError, match="the ISO code meant is 'GB'"):
        fitcerts.Profile(country="UK")
    command = [sys.executable, "-m", "fitcerts", "cost", "CSCS", "--country", "UK"]
    out = subprocess.run(command, capture_output=True, text=True, check=False)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines()[-1].endswith("the ISO code meant is GB")


def test_a_country_without_prices_gets_none_of_another_s() -> None:
    cost = RELEASE.total_cost("CSCS", jurisdiction="GB")
    assert cost.total is None and not cost.is_complete
    assert cost.market_notes == ("CSCS: no prices for GB (it has prices for US, JP)",)
    assert all(item.amount is None for item in cost.items)
    assert RELEASE.total_cost("UKSCA-ASCC", jurisdiction="GB").currency == "GBP"


def test_the_check_refuses_a_code_that_is_no_country(release_copy: Path, edit_json: object) -> None:
    def misplace(credentials: list[dict[str, object]]) -> None:
        prices = credentials[0]["prices"]
        assert isinstance(prices, list) and prices
        prices[0]["jurisdiction"] = "XX"

    assert callable(edit_json)
    edit_json(release_copy, "credentials.json", misplace)
    problems = check_folder(release_copy)
    assert problems and all("jurisdiction" in line for line in problems), problems
