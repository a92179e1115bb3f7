"""Money is written as Babel's CLDR data writes it in English, for every currency and every
amount of every release: the same symbol, digits and grouping."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import Currency
from fitcerts.presentation import money


def _babel(amount: Decimal, currency: Currency) -> str:
    """CLDR's English form; a whole amount without its decimals, as fitcerts writes it."""
    if amount == amount.to_integral_value():
        return format_currency(
            amount, currency.value, locale="en", format="¤#,##0", currency_digits=False
        )
    return format_currency(amount, currency.value, locale="en")


@pytest.mark.parametrize("currency", list(Currency))
def test_each_currency_has_cldr_s_symbol_and_minor_unit(currency: Currency) -> None:
    assert currency.symbol == get_currency_symbol(currency.value, "en")
    assert currency.minor_units == get_currency_precision(currency.value)


def test_every_amount_of_every_release_reads_as_cldr_writes_it() -> None:
    seen = set()
    for version in fitcerts.data_versions():
        release = fitcerts.load(version)
        records: list[fitcerts.Credential | fitcerts.Organization] = [
            *release.credentials(),
            *release.organizations(),
        ]
        for record in records:
            prices = list(record.prices)
            prices += [p for tier in getattr(record, "memberships", ()) for p in tier.prices]
            for price in prices:
                if price.amount is not None:
                    seen.add((price.amount, price.currency))
    assert {currency for _, currency in seen} >= {Currency.USD, Currency.GBP, Currency.JPY}
    for amount, currency in sorted(seen, key=lambda pair: (pair[1].value, pair[0])):
        assert money(amount, currency) == _babel(amount, currency), (amount, currency)


@given(
    st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([c for c in Currency if c.minor_units == 2]),
)
def test_any_amount_in_cents_reads_as_cldr_writes_it(amount: Decimal, currency: Currency) -> None:
    assert money(amount, currency) == _babel(amount, currency)
