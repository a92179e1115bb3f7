"""What earning one or more credentials costs, keeping exact, "from", included and unknown apart."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .catalog import Catalog, distinct
from .errors import MixedCurrencyError, UnknownTierError, UnknownValueError
from .plain import Plain
from .presentation import amount_text, label, money
from .records import Credential, Organization, Price, Source
from .vocabulary import Audience, Currency, PriceBound, PriceItem

__all__ = [
    "CostBreakdown",
    "CostItem",
    "Member",
    "MembershipDecision",
    "cost_of",
    "tiers",
    "total_cost",
]

Member = bool | Literal["cheapest"]

_CORE = tuple(item for item in PriceItem if item.is_core)


@attrs.frozen(kw_only=True)
class CostItem(Plain):
    """One line of a cost breakdown; ``amount`` is None when the price is not reported."""

    credential: str | None
    pays_for: PriceItem
    amount: Decimal | None
    bound: PriceBound
    included_in: PriceItem | None = None
    currency: Currency = Currency.USD
    audience: Audience = Audience.ANYONE
    tier: str | None = None
    note: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def amount_text(self) -> str:
        """The amount as people read it: ``$340``, ``$268+``, ``included in exam``, ..."""
        return amount_text(self.amount, self.currency, self.bound, self.included_in)

    def __str__(self) -> str:
        who = f"{self.credential} " if self.credential else ""
        tier = f" ({self.tier})" if self.tier else ""
        audience = "" if self.audience is Audience.ANYONE else f" [{self.audience.value}]"
        note = f" ({self.note})" if self.note and self.amount is not None else ""
        return f"{who}{label(self.pays_for)}{tier}{audience}: {self.amount_text}{note}"


@attrs.frozen(kw_only=True)
class MembershipDecision(Plain):
    """Whether joining an organization pays for itself; ``join`` is None when it cannot be told."""

    organization: str
    join: bool | None
    reason: str


@attrs.frozen(kw_only=True)
class CostBreakdown(Plain):
    """The total of the known amounts, and everything needed to judge how far to trust it.

    ``total`` is ``None`` when no needed item has a known amount: unknown, never a zero.
    """

    _plain_extras = ("is_lower_bound", "is_complete")

    total: Decimal | None
    currency: Currency
    items: tuple[CostItem, ...]
    missing: tuple[str, ...] = ()
    decisions: tuple[MembershipDecision, ...] = ()

    @property
    def is_lower_bound(self) -> bool:
        """True when any item is a "from"/"+" figure, so the real total may be higher."""
        return any(item.bound is PriceBound.LOWER_BOUND for item in self.items)

    @property
    def is_complete(self) -> bool:
        """True when no needed component is missing a price."""
        return not self.missing

    @property
    def total_text(self) -> str:
        """``$640 USD``, ``$608+ USD`` (a lower bound), or ``price not reported``."""
        if self.total is None:
            return "price not reported"
        plus = "+" if self.is_lower_bound else ""
        return f"{money(self.total, self.currency)}{plus} {self.currency.value}"

    def __str__(self) -> str:
        text = self.total_text
        notes = []
        if self.missing:
            notes.append(f"incomplete: {'; '.join(self.missing)}")
        notes += [f"membership undecided: {d.reason}" for d in self.decisions if d.join is None]
        return f"{text} ({'; '.join(notes)})" if notes else text

    def __repr__(self) -> str:
        return f"<CostBreakdown {self}>"

    def to_dataframe(self) -> pd.DataFrame:
        """This result as a pandas DataFrame (needs the ``fitcerts[pandas]`` extra)."""
        from .frames import cost_frame

        return cost_frame(self)


def total_cost(
    catalog: Catalog,
    keys: Sequence[str | Credential],
    *,
    member: Member = False,
    study_materials: bool = True,
    tier: str | None = None,
) -> CostBreakdown:
    """What earning the credentials ``keys`` name in ``catalog`` costs; see
    :func:`fitcerts.total_cost`."""
    if not keys:
        raise TypeError("total_cost needs at least one credential")
    return cost_of(
        catalog.resolve_all(keys), member=member, study_materials=study_materials, tier=tier
    )


def cost_of(
    credentials: Iterable[Credential],
    *,
    member: Member = False,
    study_materials: bool = True,
    tier: str | None = None,
) -> CostBreakdown:
    """What earning these credential records costs (what-if copies made with
    ``attrs.evolve`` included); see :func:`fitcerts.total_cost`."""
    credentials = distinct(credentials)
    if member not in (True, False, "cheapest") or not isinstance(member, (bool, str)):
        raise UnknownValueError("member option", member, ("True", "False", "'cheapest'"))
    if not isinstance(study_materials, bool):
        raise TypeError(f"study_materials must be True or False, not {study_materials!r}")
    _check_tier(credentials, tier)

    items: list[CostItem] = []
    missing: list[str] = []
    decisions: list[MembershipDecision] = []
    for organization, group in _by_organization(credentials):
        joins: bool = member is True
        if member == "cheapest" and _offers_member_pricing(group):
            decision = _decide_membership(organization, group, study_materials, tier)
            decisions.append(decision)
            joins = decision.join is True
            if joins:
                items.append(_membership_item(organization))
        for credential in group:
            audience = Audience.MEMBER if joins else Audience.NON_MEMBER
            found, gaps = _credential_items(credential, audience, study_materials, tier)
            items += found
            missing += gaps
    currencies = {item.currency for item in items if item.amount is not None}
    if len(currencies) > 1:
        raise MixedCurrencyError(currency.value for currency in currencies)
    total = _sum(items)
    return CostBreakdown(
        total=total,
        currency=currencies.pop() if currencies else Currency.USD,
        items=tuple(items),
        missing=tuple(missing),
        decisions=tuple(decisions),
    )


def tiers(credential: Credential) -> tuple[str, ...]:
    """The tiers a credential is sold in, in data order; recertification options are not tiers
    a candidate buys the credential in."""
    return tuple(
        dict.fromkeys(
            p.tier for p in credential.prices if p.tier is not None and p.pays_for.is_earning
        )
    )


def _check_tier(credentials: Sequence[Credential], tier: str | None) -> None:
    if tier is None:
        return
    if not isinstance(tier, str):
        raise TypeError(f"tier must be a string, not {type(tier).__name__}")
    valid = {t for c in credentials for t in tiers(c)}
    if tier not in valid:
        raise UnknownTierError(tier, sorted(valid))


def _by_organization(
    credentials: Iterable[Credential],
) -> list[tuple[Organization, list[Credential]]]:
    groups: dict[str, tuple[Organization, list[Credential]]] = {}
    for credential in credentials:
        org = credential.organization
        groups.setdefault(org.id, (org, []))[1].append(credential)
    return list(groups.values())


def _offers_member_pricing(group: Iterable[Credential]) -> bool:
    return any(p.audience is Audience.MEMBER for c in group for p in c.prices)


def _credential_items(
    credential: Credential, audience: Audience, study_materials: bool, tier: str | None
) -> tuple[list[CostItem], list[str]]:
    """The lines one credential adds, and the needed components whose price is unknown."""
    items: list[CostItem] = []
    missing: list[str] = []
    needed: list[tuple[str, tuple[PriceItem, ...]]] = [("exam or program", _CORE)]
    if any(p.pays_for is PriceItem.APPLICATION for p in credential.prices):
        needed.append(("application fee", (PriceItem.APPLICATION,)))
    if study_materials:
        needed.append(("study materials", (PriceItem.STUDY_MATERIALS,)))
    for component, kinds in needed:
        price = _choose(credential, kinds, audience, tier)
        if price is None or price.bound is PriceBound.NOT_REPORTED:
            why = "not reported" if price is not None else "not in the data"
            missing.append(f"{credential.id} {component} ({why})")
            items.append(
                CostItem(
                    credential=credential.id,
                    pays_for=price.pays_for if price else kinds[0],
                    amount=None,
                    bound=PriceBound.NOT_REPORTED,
                    note=why,
                    sources=price.sources if price else (),
                )
            )
            continue
        items.append(
            CostItem(
                credential=credential.id,
                pays_for=price.pays_for,
                amount=price.amount,
                bound=price.bound,
                included_in=price.included_in,
                currency=price.currency,
                audience=price.audience,
                tier=price.tier,
                note=price.note,
                sources=price.sources,
            )
        )
    return items, missing


def _sum(items: Iterable[CostItem]) -> Decimal | None:
    """Known amounts added up (an included amount is already inside another line); ``None``
    when no amount is known."""
    counted = [
        i.amount for i in items if i.amount is not None and i.bound is not PriceBound.INCLUDED
    ]
    return sum(counted, Decimal(0)) if counted else None


def _choose(
    credential: Credential, kinds: tuple[PriceItem, ...], audience: Audience, tier: str | None
) -> Price | None:
    """The price that applies: the audience's own, else one for anyone; the tier asked, else
    the cheapest tier."""
    candidates = [p for p in credential.prices if p.pays_for in kinds]
    if not candidates:
        return None
    for wanted in (audience, Audience.ANYONE):
        fitting = [p for p in candidates if p.audience is wanted]
        if fitting:
            candidates = fitting
            break
    else:  # only the other audience's price exists: it is not this candidate's price
        return None
    tiered = [p for p in candidates if p.tier is not None]
    if tiered:
        if tier is not None and any(p.tier == tier for p in tiered):
            return next(p for p in tiered if p.tier == tier)
        candidates = tiered
    priced = [p for p in candidates if p.amount is not None]
    if priced:
        return min(priced, key=lambda p: p.amount or Decimal(0))
    included = [p for p in candidates if p.bound is PriceBound.INCLUDED]
    return included[0] if included else candidates[0]


def _fees(organization: Organization) -> list[Price]:
    """Membership fees by tier, cheapest first; the unpriced ones last."""
    fees = list(organization.membership_fees)
    return sorted(fees, key=lambda p: (p.amount is None, p.amount or Decimal(0)))


def _membership_item(organization: Organization) -> CostItem:
    fee = _fees(organization)[-1]  # joining is only chosen when even the dearest tier pays off
    assert fee.amount is not None
    tier = f" ({fee.tier_name or fee.tier})" if fee.tier else ""
    return CostItem(
        credential=None,
        pays_for=PriceItem.MEMBERSHIP,
        amount=fee.amount,
        bound=fee.bound,
        currency=fee.currency,
        tier=fee.tier,
        note=f"{organization.id} membership{tier}",
        sources=fee.sources,
    )


def _decide_membership(
    organization: Organization, group: list[Credential], study_materials: bool, tier: str | None
) -> MembershipDecision:
    """Join only when every membership tier pays for itself; the data cannot tell which tier a
    candidate qualifies for (student, professional, ...), so a split verdict stays undecided."""
    fees = _fees(organization)
    if not any(fee.amount is not None for fee in fees):
        return MembershipDecision(
            organization=organization.id,
            join=None,
            reason=(
                f"{organization.id} membership fee is not in the data, so whether joining is "
                "cheaper cannot be told; non-member prices used"
            ),
        )

    def subtotal(audience: Audience) -> tuple[Decimal | None, bool]:
        lines = [i for c in group for i in _credential_items(c, audience, study_materials, tier)[0]]
        return _sum(lines), any(i.bound is PriceBound.LOWER_BOUND for i in lines)

    as_member, member_floor = subtotal(Audience.MEMBER)
    as_non_member, _ = subtotal(Audience.NON_MEMBER)
    if as_member is None or as_non_member is None:
        return MembershipDecision(
            organization=organization.id,
            join=None,
            reason=(
                f"the prices of these {organization.id} credentials are not in the data, so "
                "whether joining is cheaper cannot be told; non-member prices used"
            ),
        )
    currency = fees[0].currency
    verdicts: list[tuple[Price, bool | None, str]] = []
    for fee in fees:
        name = _fee_name(organization, fee)
        if fee.amount is None:
            label = f"{fee.tier_name or fee.tier} " if fee.tier else ""
            verdicts.append((fee, None, f"the {label}{organization.id} fee is not reported"))
            continue
        with_fee = as_member + fee.amount
        saving = as_non_member - with_fee
        rough = (
            " (from lower-bound figures)"
            if member_floor or fee.bound is PriceBound.LOWER_BOUND
            else ""
        )
        verb = f"saves {money(saving, currency)}" if saving > 0 else "does not pay off"
        verdicts.append(
            (
                fee,
                saving > 0,
                f"joining {name} ({fee}) {verb}{rough}: {money(with_fee, currency)} as a member "
                f"vs {money(as_non_member, currency)} without",
            )
        )
    outcomes = {join for _, join, _ in verdicts}
    reason = "; ".join(text for _, _, text in verdicts)
    if len(outcomes) == 1 and None not in outcomes:
        return MembershipDecision(organization=organization.id, join=outcomes.pop(), reason=reason)
    return MembershipDecision(
        organization=organization.id,
        join=None,
        reason=f"{reason}; which tier applies is not known, so non-member prices used",
    )


def _fee_name(organization: Organization, fee: Price) -> str:
    return f"{organization.id} as {fee.tier_name or fee.tier}" if fee.tier else organization.id
