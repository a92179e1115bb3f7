"""Membership in a cost: whether a credential requires it, whether joining is cheaper, and the
dues line."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from .cost_lines import (
    ZERO,
    CostItem,
    MembershipDecision,
    line,
    sum_items,
)
from .cost_terms import (
    Terms,
)
from .eligibility_rules import judge_requirement
from .markets import market_country, prices_in
from .presentation import (
    NOT_REPORTED,
    money,
    period_parts,
    without_repeats,
)
from .price_choice import (
    credential_items,
    ended_fees,
    or_last_published,
)
from .records import Credential, Organization, Price, prices_in_force
from .vocabulary import (
    Audience,
    ConditionKind,
    PriceBound,
    PriceItem,
    RequirementLevel,
)

__all__ = [
    "decide_membership",
    "membership_fees",
    "membership_item",
    "offers_member_pricing",
    "required_membership",
    "requires_membership",
]


def offers_member_pricing(group: Iterable[Credential]) -> bool:
    return any(p.audience is Audience.MEMBER for c in group for p in c.prices)


def _fee_order(fee: Price) -> tuple[bool, Decimal]:
    """Cheapest first, the fees whose amount is not reported last."""
    return fee.amount is None, fee.amount or ZERO


def membership_fees(organization: Organization, terms: Terms) -> tuple[list[Price], list[str]]:
    """Membership fees the candidate could pay, cheapest first, the unpriced ones last; and the
    tiers left out because the profile cannot hold them. A tier with no fee in force on the
    day offers its newest fee that has ended (counted as not current)."""
    excluded: list[str] = []
    market = market_country(organization, terms.jurisdiction)
    if not organization.memberships:
        groups = [tuple(prices_in(organization.membership_fees, market, organization.country))]
    else:
        groups = []
        for membership in organization.memberships:
            if terms.profile is not None:
                rules = [
                    r
                    for r in membership.requirements
                    if r.level is RequirementLevel.REQUIRED and r.in_force(terms.on)
                ]
                verdicts = [judge_requirement(terms.profile, r) for r in rules]
                if False in verdicts or None in verdicts:  # not holdable, or not known to be
                    excluded.append(membership.name)
                    continue
            groups.append(
                tuple(
                    p
                    for p in prices_in(membership.prices, market, organization.country)
                    if p.pays_for is PriceItem.MEMBERSHIP
                )
            )
    fees: list[Price] = []
    for prices in groups:
        in_force = prices_in_force(prices, terms.on)
        if not in_force:
            last, current = or_last_published(None, ended_fees(prices, Audience.ANYONE), terms.on)
            in_force = [last] if last is not None and not current else []
        fees += in_force
    return sorted(fees, key=_fee_order), excluded


def membership_item(organization: Organization, fee: Price, terms: Terms) -> CostItem:
    tier = f" ({fee.tier_name or fee.tier})" if fee.tier else ""
    note = f"{organization.id} membership{tier}"
    current = fee.applies(on=terms.on)
    market = market_country(organization, terms.jurisdiction)
    return line(
        None, "membership", PriceItem.MEMBERSHIP, fee, note=note, current=current, market=market
    )[0]


def decide_membership(
    organization: Organization, group: list[Credential], terms: Terms
) -> tuple[MembershipDecision, Price | None]:
    """Join only when every membership tier the candidate could hold pays for itself, and say
    which fee that means. Without a profile the data cannot tell which tier a candidate
    qualifies for (student, professional, ...), so a split verdict stays undecided."""
    fees, excluded = membership_fees(organization, terms)
    if organization.memberships and terms.profile is not None:
        # Which tiers the candidate can hold is known: they would take the cheapest priced one
        # (a tier whose fee is not reported could still be cheaper, so it stays in).
        priced = [fee for fee in fees if fee.amount is not None]
        fees = priced[:1] + [fee for fee in fees if fee.amount is None]
    if not any(fee.amount is not None for fee in fees):
        held = "" if not excluded else " for a tier this candidate can hold"
        return MembershipDecision(
            organization=organization.id,
            join=None,
            reason=(
                f"{organization.id} membership fee{held} is {NOT_REPORTED}, so whether joining "
                "is cheaper cannot be told; non-member prices used"
            ),
        ), None

    def subtotal(audience: Audience) -> tuple[Decimal | None, bool]:
        lines = [i for c in group for i in credential_items(c, audience, terms)[0]]
        return sum_items(lines), any(i.bound is PriceBound.LOWER_BOUND for i in lines)

    as_member, member_floor = subtotal(Audience.MEMBER)
    as_non_member, _ = subtotal(Audience.NON_MEMBER)
    if as_member is None or as_non_member is None:
        return MembershipDecision(
            organization=organization.id,
            join=None,
            reason=(
                f"the prices of these {organization.id} credentials are {NOT_REPORTED}, so "
                "whether joining is cheaper cannot be told; non-member prices used"
            ),
        ), None
    currency = fees[0].currency
    verdicts: list[tuple[Price, bool | None, str]] = []
    for fee in fees:
        name = _fee_name(organization, fee)
        if fee.amount is None:
            verdicts.append((fee, None, f"joining {name}: fee {NOT_REPORTED}"))
            continue
        with_fee = as_member + fee.amount
        saving = as_non_member - with_fee
        # Built on a lower bound, the member total may be higher and the saving smaller.
        rough = member_floor or fee.bound is PriceBound.LOWER_BOUND
        plus, up_to = ("+", "up to ") if rough else ("", "")
        verb = f"saves {up_to}{money(saving, currency)}" if saving > 0 else "does not pay off"
        verdicts.append(
            (
                fee,
                saving > 0,
                f"joining {name} at {_dated(fee, terms)} {verb}: "
                f"{money(with_fee, currency)}{plus} as a member "
                f"vs {money(as_non_member, currency)} without",
            )
        )
    if organization.memberships and terms.profile is not None and verdicts[0][1] is True:
        # The candidate can hold the cheapest priced tier and it pays off; a tier whose fee
        # is not reported could only make joining cheaper still.
        verdicts = verdicts[:1]
    outcomes = {join for _, join, _ in verdicts}
    reason = "; ".join(without_repeats(text for _, _, text in verdicts))
    if excluded:
        reason += f" (tiers this candidate cannot hold left out: {', '.join(excluded)})"
    if len(outcomes) == 1 and None not in outcomes:
        join = outcomes.pop()
        # Joining is chosen only when every tier weighed pays off: charge the dearest.
        return MembershipDecision(organization=organization.id, join=join, reason=reason), (
            verdicts[-1][0] if join else None
        )
    return MembershipDecision(
        organization=organization.id,
        join=None,
        reason=f"{reason}; which tier applies is not known, so non-member prices used",
    ), None


def requires_membership(credential: Credential, organization: Organization, terms: Terms) -> bool:
    """Whether only members of ``organization`` may earn ``credential``: a rule in force, for
    the place asked (or every place), whose every alternative is that membership."""
    for rule in credential.requirements:
        if rule.any_of[0].kind is not ConditionKind.MEMBERSHIP:
            continue  # most rules: one look, no generator
        if not all(
            c.kind is ConditionKind.MEMBERSHIP and c.organization == organization.id
            for c in rule.any_of
        ):
            continue
        place = rule.jurisdiction
        if (
            rule.level is RequirementLevel.REQUIRED
            and (place is None or place == market_country(credential, terms.jurisdiction))
            and rule.in_force(terms.on)
        ):
            return True
    return False


def required_membership(
    organization: Organization, needing: list[str], terms: Terms
) -> tuple[MembershipDecision, CostItem, str]:
    """Joining where only members may earn: the dues of the cheapest tier the candidate can
    hold, a floor when the data cannot tell which tier that is."""
    fees, _excluded = membership_fees(organization, terms)
    priced = [fee for fee in fees if fee.amount is not None]
    fee = priced[0] if priced else (fees[0] if fees else None)
    item, gap = line(
        None,
        f"{organization.id} membership dues",
        PriceItem.MEMBERSHIP,
        fee,
        note=f"{organization.id} membership",
        current=fee is None or fee.applies(on=terms.on),
        market=market_country(organization, terms.jurisdiction),
    )
    # Without a profile, or with unpriced tiers left, the cheapest priced tier is only a floor.
    undecided = len(fees) > 1 and (terms.profile is None or len(priced) < len(fees))
    if item.amount is not None and undecided and item.bound is PriceBound.EXACT:
        item = attrs.evolve(item, bound=PriceBound.LOWER_BOUND)
    what = "dues added" if item.amount is not None else f"dues {NOT_REPORTED}"
    reason = (
        f"only {organization.id} members may earn {', '.join(needing)}: joining is required, "
        f"{what}, member prices used"
    )
    return MembershipDecision(organization=organization.id, join=True, reason=reason), item, gap


def _dated(fee: Price, terms: Terms) -> str:
    """``about $65`` for a fee in force; ``about $65 (as stated in 2015, no longer in force)``
    for the newest one published when none is."""
    if fee.applies(on=terms.on):
        return str(fee)
    return f"{fee} ({', '.join([*period_parts(fee), 'no longer in force'])})"


def _fee_name(organization: Organization, fee: Price) -> str:
    """``NSCA as Student``: the organization, and the tier the fee is for where one is named."""
    tier = fee.tier_name or fee.tier
    if tier is None:  # a fee of a membership tier: the tier's name
        tier = next((m.name for m in organization.memberships if fee in m.prices), None)
    return f"{organization.id} as {tier}" if tier else organization.id
