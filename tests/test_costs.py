"""total_cost against the primary article's prices, and the invariants any price data must keep."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fitcerts
from fitcerts import CostBreakdown, PriceBound, PriceItem

# These tests pin release 2026.1: it must answer exactly as the primary article states.
ARTICLE = fitcerts.load("2026.1")


IDS = [c.id for c in ARTICLE.credentials()]


@pytest.mark.parametrize(
    ("keys", "options", "total", "lower_bound"),
    [
        (("CSCS",), {"member": True, "study_materials": False}, 340, False),
        (("CSCS",), {"member": False, "study_materials": False}, 475, False),
        (("CSCS",), {"member": True}, 608, True),
        (("NSCA-CPT",), {"member": True, "study_materials": False}, 300, False),
        (("NSCA-CPT",), {"study_materials": False}, 435, False),
        (("CSCS", "NSCA-CPT"), {"member": True, "study_materials": False}, 640, False),
        (("NASM-PES",), {}, 699, False),
        (("NASM-PES",), {"tier": "premium-self-study"}, 849, False),
        (("NASM-PES",), {"tier": "all-inclusive"}, 999, False),
        (("NASM-CPT",), {}, 899, True),
    ],
)
def test_totals_from_the_article(
    keys: tuple[str, ...], options: dict[str, Any], total: int, lower_bound: bool
) -> None:

    cost = ARTICLE.total_cost(*keys, **options)
    assert cost.total == Decimal(total)
    assert isinstance(cost.total, Decimal)
    assert cost.is_lower_bound is lower_bound
    assert cost.currency is fitcerts.Currency.USD


def test_exact_totals_read_plainly() -> None:
    cost = ARTICLE.total_cost("CSCS", member=True, study_materials=False)
    assert str(cost) == "$340 USD"
    assert cost.is_complete and cost.missing == ()
    assert [(i.credential, i.pays_for, i.amount) for i in cost.items] == [
        ("CSCS", PriceItem.EXAM, Decimal(340))
    ]
    assert cost.items[0].sources == ARTICLE.get("CSCS").prices[0].sources


def test_a_lower_bound_makes_the_total_a_lower_bound() -> None:
    cost = ARTICLE.total_cost(ARTICLE.get("CSCS"), member=True)
    assert str(cost) == "$608+ USD"
    assert [i.bound for i in cost.items] == [PriceBound.EXACT, PriceBound.LOWER_BOUND]
    assert cost.items[1].note == "Essential collection"


def test_included_materials_add_nothing_and_are_not_missing() -> None:
    cost = ARTICLE.total_cost("NASM-PES")
    assert cost.is_complete
    materials = [i for i in cost.items if i.pays_for is PriceItem.STUDY_MATERIALS]
    assert [(m.amount, m.bound, m.amount_text) for m in materials] == [
        (None, PriceBound.INCLUDED, "included in course and exam")
    ]
    assert str(cost) == "$699 USD"


def test_missing_prices_are_named_never_counted_as_zero() -> None:
    cost = ARTICLE.total_cost("NSCA-CPT", member=True)
    assert cost.total == 300
    assert not cost.is_complete
    assert cost.missing == ("NSCA-CPT study materials",)
    assert str(cost) == "$300 USD (incomplete; not reported: NSCA-CPT study materials)"
    unknown = ARTICLE.total_cost("CPSS")
    assert unknown.total is None and not unknown.is_complete
    assert unknown.missing[0] == "CPSS exam or program"
    assert all(item.amount is None for item in unknown.items)


def test_organizations_without_member_pricing_ignore_member() -> None:
    assert ARTICLE.total_cost("NASM-PES", member=True) == ARTICLE.total_cost("NASM-PES")


def test_cheapest_cannot_decide_without_a_membership_fee_and_says_so() -> None:
    cost = ARTICLE.total_cost("CSCS", member="cheapest", study_materials=False)
    (decision,) = cost.decisions
    assert decision.organization == "NSCA" and decision.join is None
    assert "membership fee is not reported" in decision.reason
    assert cost.total == 475  # non-member prices: nothing is assumed about the fee
    assert "membership undecided" in str(cost)
    # NASM has no member prices: nothing to decide.
    assert ARTICLE.total_cost("NASM-PES", member="cheapest").decisions == ()


def test_tier_errors_list_the_valid_tiers() -> None:
    with pytest.raises(
        ValueError, match="valid tiers: all-inclusive, premium-self-study, self-study"
    ):
        ARTICLE.total_cost("NASM-PES", tier="gold")
    with pytest.raises(
        ValueError, match=r"valid tiers: none \(no credential here is sold in tiers\)"
    ):
        ARTICLE.total_cost("CSCS", tier="gold")
    assert (
        ARTICLE.total_cost(
            "CSCS", "NASM-PES", tier="all-inclusive", member=True, study_materials=False
        ).total
        == 340 + 999
    )


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(TypeError, match="at least one credential"):
        ARTICLE.total_cost()
    with pytest.raises(
        ValueError, match=r"unknown member option .*; allowed: True, False, 'cheapest'"
    ):
        ARTICLE.total_cost("CSCS", member="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown member option"):
        ARTICLE.total_cost("CSCS", member=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="study_materials must be True or False"):
        ARTICLE.total_cost("CSCS", study_materials="no")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="more than once: CSCS"):
        ARTICLE.total_cost("CSCS", "nsca-cscs")
    with pytest.raises(fitcerts.UnknownCredentialError):
        ARTICLE.total_cost("CSCSS")


def test_to_dict_is_plain_json() -> None:
    import json

    data = ARTICLE.total_cost("CSCS", member=True).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["total"] == "608" and data["is_lower_bound"] is True
    assert data["items"][1]["bound"] == "lower-bound"
    assert repr(ARTICLE.total_cost("NASM-PES")) == "<CostBreakdown $699 USD>"


def test_results_are_immutable() -> None:
    import attrs

    cost = ARTICLE.total_cost("CSCS")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        cost.total = Decimal(0)  # type: ignore[misc]
    assert isinstance(cost.items, tuple)


# --- properties, over every release ----------------------------------------------------------

RELEASES = [fitcerts.load(version) for version in fitcerts.data_versions()]
options = st.fixed_dictionaries(
    {
        "study_materials": st.booleans(),
        "tier": st.sampled_from([None, "self-study", "all-inclusive"]),
    }
)


@st.composite
def picks(draw: st.DrawFn, most: int = 5) -> tuple[fitcerts.Release, list[str]]:
    """A release and some of its credentials."""
    release = draw(st.sampled_from(RELEASES))
    ids = [c.id for c in release.credentials()]
    return release, draw(st.lists(st.sampled_from(ids), min_size=1, max_size=most, unique=True))


def _cost(release: fitcerts.Release, keys: list[str], **kwargs: Any) -> CostBreakdown | None:
    """The total, or None where the credentials are priced in several currencies: never
    added, so there is no total to compare."""
    tier = kwargs.get("tier")
    if tier is not None and not any(p.tier == tier for k in keys for p in release.get(k).prices):
        kwargs["tier"] = None
    try:
        return release.total_cost(*keys, **kwargs)
    except fitcerts.MixedCurrencyError:
        return None


@given(picks(), options)
def test_a_member_never_pays_more_than_a_non_member(
    pick: tuple[fitcerts.Release, list[str]], opts: dict[str, Any]
) -> None:
    release, keys = pick
    as_member = _cost(release, keys, member=True, **opts)
    as_non_member = _cost(release, keys, member=False, **opts)
    if as_member is None or as_non_member is None:
        return
    # Comparable only where both know the same parts: an unknown price is never a 0.
    same_parts = as_member.missing == as_non_member.missing
    if same_parts and as_member.total is not None and as_non_member.total is not None:
        assert as_member.total <= as_non_member.total


@given(picks(), st.data(), options, st.sampled_from([True, False, "cheapest"]))
def test_adding_a_credential_never_lowers_a_total(
    pick: tuple[fitcerts.Release, list[str]], data: st.DataObject, opts: dict[str, Any], member: Any
) -> None:
    release, keys = pick
    extra = data.draw(st.sampled_from([c.id for c in release.credentials()]))
    if extra in keys:
        return
    before = _cost(release, keys, member=member, **opts)
    after = _cost(release, [*keys, extra], member=member, **opts)
    if before is None or after is None:
        return
    if member == "cheapest":  # joining may change with the set: only what is missing can grow
        return
    if before.total is not None:
        assert after.total is not None and after.total >= before.total
    assert set(before.missing) <= set(after.missing)


@given(picks(), options, st.sampled_from([True, False, "cheapest"]))
def test_a_lower_bound_anywhere_makes_the_total_a_lower_bound(
    pick: tuple[fitcerts.Release, list[str]], opts: dict[str, Any], member: Any
) -> None:
    release, keys = pick
    cost = _cost(release, keys, member=member, **opts)
    if cost is None:
        return
    assert cost.is_lower_bound == any(i.bound is PriceBound.LOWER_BOUND for i in cost.items)
    known = [
        i.amount for i in cost.items if i.amount is not None and i.bound is not PriceBound.INCLUDED
    ]
    assert cost.total == (sum(known, Decimal(0)) if known else None)
    assert {i.currency for i in cost.items if i.amount is not None} <= {cost.currency}
    if cost.total is None:  # unknown is never written as a zero
        assert str(cost).startswith("price not reported")
        assert not any(f"{c.symbol}0" in str(cost) for c in fitcerts.Currency)
    else:
        assert str(cost).startswith(cost.total_text)
        assert cost.total_text.endswith(f"{'+' if cost.is_lower_bound else ''} {cost.currency}")
    assert cost.is_complete == (not cost.missing)


def _with_fee(amount: str, bound: PriceBound = PriceBound.EXACT) -> list[fitcerts.Credential]:
    """What-if copies of CSCS and NSCA-CPT whose organization lists a membership fee."""
    import attrs

    cscs, cpt = ARTICLE.get("CSCS"), ARTICLE.get("NSCA-CPT")
    fee = fitcerts.Price(
        pays_for=PriceItem.MEMBERSHIP,
        amount=Decimal(amount),
        bound=bound,
        sources=cscs.sources,
    )
    nsca = attrs.evolve(cscs.organization, prices=(fee,))
    return [attrs.evolve(cscs, organization=nsca), attrs.evolve(cpt, organization=nsca)]


def test_cheapest_joins_when_the_fee_pays_for_itself() -> None:
    from fitcerts.costs import cost_of as total_cost

    both = _with_fee("130")
    cost = total_cost(both, member="cheapest", study_materials=False)
    (decision,) = cost.decisions
    assert decision.join is True
    assert "saves $140" in decision.reason
    assert cost.total == 340 + 300 + 130
    assert cost.items[0].pays_for is PriceItem.MEMBERSHIP and cost.items[0].credential is None
    assert str(cost) == "$770 USD"


def test_cheapest_stays_out_when_joining_costs_more() -> None:
    from fitcerts.costs import cost_of as total_cost

    cost = total_cost(_with_fee("200")[:1], member="cheapest", study_materials=False)
    (decision,) = cost.decisions
    assert decision.join is False and "does not pay off" in decision.reason
    assert "$540 as a member vs $475 without" in decision.reason
    assert cost.total == 475
    assert all(item.pays_for is not PriceItem.MEMBERSHIP for item in cost.items)


def test_cheapest_says_when_it_decided_on_lower_bounds() -> None:
    from fitcerts.costs import cost_of as total_cost

    cost = total_cost(
        _with_fee("100", PriceBound.LOWER_BOUND), member="cheapest", study_materials=False
    )
    assert "saves up to $170: $740+ as a member" in cost.decisions[0].reason
    assert cost.is_lower_bound


def test_nothing_priced_is_an_unknown_total_never_zero() -> None:
    cost = fitcerts.total_cost("NASM-CNC")
    assert cost.total is None and not cost.is_complete
    assert str(cost).startswith("price not reported: NASM-CNC exam or program")
    assert cost.to_dict()["total"] is None
    (ncsf,) = [
        r
        for r in fitcerts.recommend(fitcerts.Profile(age=30), "collegiate")
        if r.credential.id == "NCSF-CSC"
    ]
    assert "$0" not in repr(ncsf) and "price not reported" in str(ncsf.cost)
