"""Typing test of the public API: mypy --strict checks these assertions; pytest runs them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from typing_extensions import assert_type

import fitcerts
from fitcerts import Credential, Organization, PassRate, Price, Source


def test_public_api_types() -> None:
    cscs = assert_type(fitcerts.get("CSCS"), Credential)
    assert_type(fitcerts.get("nope", None), Credential | None)
    assert_type(fitcerts.get("nope", 0), Credential | int)
    assert_type(fitcerts.credentials(organization="NSCA"), tuple[Credential, ...])
    assert_type(fitcerts.organizations(), tuple[Organization, ...])
    assert_type(fitcerts.organization("NSCA"), Organization)
    assert_type(cscs.prices, tuple[Price, ...])
    assert_type(cscs.prices[0].amount, Decimal | None)
    assert_type(cscs.exam.duration, timedelta | None)
    assert_type(cscs.exam.pass_rate, PassRate | None)
    assert_type(cscs.sources_for("exam"), tuple[Source, ...])
    assert_type(fitcerts.DATA_VERSION, str)
    assert isinstance(cscs.prices[0].amount, Decimal)
    assert isinstance(cscs.exam.duration, timedelta)


def test_the_type_checker_rejects_what_runtime_rejects() -> None:
    """Each ignore below must be needed: mypy --strict fails on an unused one, so these lines
    prove the checker refuses the call, as the library does at run time."""
    import pytest

    with pytest.raises(fitcerts.ProfileError):
        fitcerts.Profile(age="22")  # type: ignore[arg-type]
    with pytest.raises(fitcerts.ProfileError):  # a string is an iterable of strings to mypy
        fitcerts.Profile(credentials="CSCS")
    with pytest.raises(fitcerts.UnknownValueError):
        fitcerts.export("xml")  # type: ignore[arg-type]
