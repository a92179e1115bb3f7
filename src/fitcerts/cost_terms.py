"""The terms a cost is worked out on (member or not, tier, day, market, attempts) and the
conversion asked for, each checked as the caller gives it."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Literal

import attrs

from .eligibility_rules import check_date
from .errors import UnknownValueError
from .profile import Profile
from .vocabulary import (
    Currency,
    checked_country,
)

__all__ = [
    "MAX_ATTEMPTS",
    "Exchange",
    "Member",
    "Terms",
    "checked_terms",
    "exchange_terms",
]


Member = bool | Literal["cheapest"]


@attrs.frozen
class Terms:
    """What a candidate buys on, besides the credentials: the same for every line."""

    study_materials: bool
    tier: str | None
    on: date
    jurisdiction: str | None
    attempts: int
    profile: Profile | None


def checked_terms(
    member: object,
    study_materials: object,
    tier: str | None,
    profile: Profile | None,
    jurisdiction: object,
    on: date | None,
    attempts: object,
) -> Terms:
    if member not in (True, False, "cheapest") or not isinstance(member, (bool, str)):
        raise UnknownValueError("member option", member, ("True", "False", "'cheapest'"))
    if not isinstance(study_materials, bool):
        raise TypeError(f"study_materials must be True or False, not {study_materials!r}")
    if profile is not None and not isinstance(profile, Profile):
        raise TypeError(f"profile must be a Profile, not {type(profile).__name__}")
    if jurisdiction is not None:
        jurisdiction = checked_country(jurisdiction)
    elif profile is not None:  # the candidate's country, where the caller names none
        jurisdiction = profile.country
    if isinstance(attempts, bool) or not isinstance(attempts, int):
        raise TypeError(f"attempts must be a whole number, not {type(attempts).__name__}")
    if not 1 <= attempts <= MAX_ATTEMPTS:
        raise UnknownValueError("number of attempts", attempts, (f"1 to {MAX_ATTEMPTS}",))
    return Terms(
        study_materials=study_materials,
        tier=tier,
        on=check_date(on),
        jurisdiction=jurisdiction,
        attempts=attempts,
        profile=profile,
    )


# Exam attempts one total may count: nobody plans for more.
MAX_ATTEMPTS = 10


@attrs.frozen
class Exchange:
    """A conversion the caller asked for: into ``currency`` at ``rates`` of day ``on``."""

    currency: Currency
    rates: dict[Currency, Decimal]
    on: date


def exchange_terms(currency: object, rates: object, rates_on: object) -> Exchange | None:
    """The conversion asked for, checked; ``None`` when none is. Rates are the caller's, each
    with the day it is for: fitcerts holds none and guesses none."""
    if currency is None and rates is None and rates_on is None:
        return None
    if currency is None:
        raise TypeError("rates and rates_on need currency=, the currency to convert into")
    target = _currency(currency)
    if rates is None:
        rates = {}
    if not isinstance(rates, Mapping):
        raise TypeError(f"rates must be a mapping of currency to rate, not {type(rates).__name__}")
    checked: dict[Currency, Decimal] = {}
    for code, rate in rates.items():
        source = _currency(code)
        checked[source] = _rate(source, rate)
    if checked and rates_on is None:
        raise TypeError("rates need rates_on=, the date they are for (a datetime.date)")
    if rates_on is not None and not isinstance(rates_on, date):
        raise TypeError(f"rates_on must be a datetime.date, not {type(rates_on).__name__}")
    return Exchange(currency=target, rates=checked, on=check_date(rates_on))


def _currency(value: object) -> Currency:
    """An ISO 4217 code of a currency fitcerts knows, in any case."""
    if isinstance(value, str):
        try:
            return Currency(value.strip().upper())
        except ValueError:
            pass
    raise UnknownValueError("currency", value, [c.value for c in Currency])


def _rate(currency: Currency, rate: object) -> Decimal:
    """A rate as a positive ``Decimal``; a float is refused, its binary value not the rate."""
    if isinstance(rate, bool) or not isinstance(rate, (Decimal, int, str)):
        raise TypeError(
            f"the rate for {currency.value} must be a Decimal, int or str, not "
            f"{type(rate).__name__} (a float is not exact)"
        )
    try:
        value = Decimal(rate)
    except ArithmeticError:
        raise UnknownValueError(f"rate for {currency.value}", rate, ["a positive number"]) from None
    if not value.is_finite() or value <= 0:
        raise UnknownValueError(f"rate for {currency.value}", rate, ["a positive number"])
    return value
