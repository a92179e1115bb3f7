"""What kind of unknown: gaps that say why a value is missing, credentials that do not expire,
fees known only for the year a page stated them, and totals that never count an old fee."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import fitcerts
from fitcerts import Gap, GapField, GapReason, Price, PriceBound, PriceItem, Recertification

OLD = fitcerts.load("2026.3")


def test_a_gap_the_organization_does_not_publish_cites_its_statement() -> None:
    with pytest.raises(ValueError, match="cites its statement"):
        Gap(field=GapField.PASS_RATE, reason=GapReason.NOT_PUBLISHED, note="no figures")


def test_a_gap_not_found_says_where_it_was_searched() -> None:
    with pytest.raises(ValueError, match="what was searched"):
        Gap(field=GapField.EARN_PRICE, reason=GapReason.NOT_FOUND, note="no fee page")
    gap = Gap(
        field=GapField.EARN_PRICE,
        reason=GapReason.NOT_FOUND,
        note="no fee page was stored",
        searched=("exam fee query",),
    )
    assert str(gap) == "earn price: not found in the sources searched (no fee page was stored)"
    assert repr(gap) == "<Gap earn-price: not-found>"


def test_a_credential_that_does_not_expire_has_no_cycle_and_says_so() -> None:
    with pytest.raises(ValueError, match="does not expire"):
        Recertification(expires=False, cycle_years=3)
    assert str(Recertification(expires=False)) == "does not expire"


def test_a_fee_states_its_period_or_the_year_it_was_stated_not_both() -> None:
    source = OLD.get("CSCS").sources[0]
    with pytest.raises(ValueError, match="not both"):
        Price(
            pays_for=PriceItem.EXAM,
            amount=Decimal(279),
            bound=PriceBound.EXACT,
            valid_until=date(2012, 12, 31),
            stated_in=2012,
            sources=(source,),
        )
    with pytest.raises(ValueError, match="1900 to 2100"):
        Price(
            pays_for=PriceItem.EXAM,
            amount=Decimal(279),
            bound=PriceBound.EXACT,
            stated_in=12,
            sources=(source,),
        )


def test_a_fee_stated_in_a_year_holds_that_year_only_and_reads_so() -> None:
    source = OLD.get("CSCS").sources[0]
    fee = Price(
        pays_for=PriceItem.EXAM,
        amount=Decimal(279),
        bound=PriceBound.EXACT,
        stated_in=2012,
        sources=(source,),
    )
    assert fee.applies(on=date(2012, 6, 1))
    assert not fee.applies(on=date(2026, 6, 1))
    assert fee.ends == date(2012, 12, 31)
    assert repr(fee) == "<Price exam: $279 [as stated in 2012]>"


def test_an_old_fee_is_counted_only_where_none_is_in_force_and_the_total_says_so() -> None:
    cost = OLD.total_cost("CSCS", attempts=2, study_materials=False, on=date(2026, 12, 7))
    retake = next(i for i in cost.items if i.pays_for is PriceItem.RETAKE)
    assert (retake.amount, retake.current, retake.period) == (
        Decimal(345),
        False,
        "until 2015-03-31",
    )
    assert cost.total == Decimal(475 + 345)
    assert not cost.is_current
    assert cost.outdated == ("CSCS retake (Both sections), non-member $345 (until 2015-03-31)",)
    assert "not current, rests on fees no longer in force" in str(cost)
    in_2014 = OLD.total_cost("CSCS", attempts=2, study_materials=False, on=date(2014, 6, 1))
    assert in_2014.is_current  # the fee was in force then
    exam_only = OLD.total_cost("CSCS", study_materials=False, on=date(2026, 12, 7))
    assert exam_only.is_current and exam_only.outdated == ()


def test_a_renewal_with_no_fee_in_force_counts_the_fee_of_its_last_cycle_as_not_current() -> None:
    owned = OLD.cost_of_ownership("CSCS", years=6, start=date(2018, 6, 1))
    year_6 = next(i for i in owned.items if i.year == 6 and i.pays_for is PriceItem.RECERTIFICATION)
    assert (year_6.amount, year_6.current) == (Decimal(90), False)
    assert not [m for m in owned.missing if "recertification fee" in m]


def test_only_members_may_earn_so_the_dues_are_added_and_member_prices_used() -> None:
    cost = OLD.total_cost("CANFITPRO-PTS")
    (decision,) = cost.decisions
    assert decision.join is True
    assert decision.reason.startswith("only CANFITPRO members may earn CANFITPRO-PTS")
    dues = next(i for i in cost.items if i.pays_for is PriceItem.MEMBERSHIP)
    # one tier with a joining and a renewing fee: the cheaper is only a floor of what is paid
    assert (dues.amount, dues.bound) == (Decimal(98), PriceBound.LOWER_BOUND)
    assert cost.is_lower_bound


def test_a_member_is_charged_no_dues_again_for_a_members_only_credential() -> None:
    cost = OLD.total_cost("CANFITPRO-PTS", member=True)
    assert not cost.decisions
    assert all(i.pays_for is not PriceItem.MEMBERSHIP for i in cost.items)
