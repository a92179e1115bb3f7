"""What earning one or more credentials costs, keeping exact, "from", included and unknown apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal

from .catalog import Catalog, distinct
from .cost_lines import Conversion, CostBreakdown, CostItem, MembershipDecision, sum_items
from .cost_terms import Exchange, Member, Terms, checked_terms, exchange_terms
from .eligibility_rules import resolve_profile
from .errors import MissingRateError, MixedCurrencyError, UnknownTierError
from .markets import Market, choose_market
from .membership_costs import (
    decide_membership,
    membership_item,
    offers_member_pricing,
    required_membership,
    requires_membership,
)
from .price_choice import credential_items
from .profile import Profile
from .records import Credential, Organization
from .vocabulary import (
    Audience,
    Currency,
)

__all__ = ["breakdown", "by_organization", "cost_of", "earning", "tiers", "total_cost"]


def total_cost(
    catalog: Catalog,
    keys: Sequence[str | Credential],
    *,
    member: Member = False,
    study_materials: bool = True,
    tier: str | None = None,
    profile: Profile | None = None,
    jurisdiction: str | None = None,
    on: date | None = None,
    attempts: int = 1,
    currency: Currency | str | None = None,
    rates: Mapping[Currency | str, Decimal | int | str] | None = None,
    rates_on: date | None = None,
) -> CostBreakdown:
    """What earning the credentials ``keys`` name in ``catalog`` costs; see
    :func:`fitcerts.total_cost`."""
    if not keys:
        raise TypeError("total_cost needs at least one credential")
    exchange = exchange_terms(currency, rates, rates_on)
    if profile is not None:
        profile = resolve_profile(catalog, profile)
    credentials = catalog.resolve_all(keys)
    terms = checked_terms(member, study_materials, tier, profile, jurisdiction, on, attempts)
    _check_tier(credentials, tier)
    return breakdown(*earning(credentials, member, terms), exchange=exchange)


def cost_of(
    credentials: Iterable[Credential],
    *,
    member: Member = False,
    study_materials: bool = True,
    tier: str | None = None,
    profile: Profile | None = None,
    jurisdiction: str | None = None,
    on: date | None = None,
    attempts: int = 1,
    currency: Currency | str | None = None,
    rates: Mapping[Currency | str, Decimal | int | str] | None = None,
    rates_on: date | None = None,
) -> CostBreakdown:
    """What earning these credential records costs (what-if copies made with
    ``attrs.evolve`` included); see :func:`fitcerts.total_cost`. A ``profile`` here must
    already name credentials and organizations by id."""
    exchange = exchange_terms(currency, rates, rates_on)
    credentials = distinct(credentials)
    terms = checked_terms(member, study_materials, tier, profile, jurisdiction, on, attempts)
    _check_tier(credentials, tier)
    return breakdown(*earning(credentials, member, terms), exchange=exchange)


def earning(
    credentials: Sequence[Credential], member: Member, terms: Terms
) -> tuple[list[CostItem], list[str], list[MembershipDecision], list[Market]]:
    """The lines of earning the credentials, what is missing, the membership decisions and
    the market each credential is priced in."""
    items: list[CostItem] = []
    missing: list[str] = []
    decisions: list[MembershipDecision] = []
    markets = [choose_market(credential, terms.jurisdiction) for credential in credentials]
    for organization, group in by_organization(credentials):
        joins: bool = member is True
        needing = [c.id for c in group if requires_membership(c, organization, terms)]
        if needing and member is not True:
            decision, item, gap = required_membership(organization, needing, terms)
            decisions.append(decision)
            items.append(item)
            missing += [gap] if gap else []
            joins = True
        elif member == "cheapest" and offers_member_pricing(group):
            decision, fee = decide_membership(organization, group, terms)
            decisions.append(decision)
            joins = decision.join is True
            if joins and fee is not None:
                items.append(membership_item(organization, fee, terms))
        for credential in group:
            audience = Audience.MEMBER if joins else Audience.NON_MEMBER
            found, gaps = credential_items(credential, audience, terms)
            items += found
            missing += gaps
    return items, missing, decisions, markets


def breakdown(
    items: list[CostItem],
    missing: list[str],
    decisions: list[MembershipDecision],
    markets: list[Market],
    *,
    exchange: Exchange | None = None,
) -> CostBreakdown:
    currencies = {item.currency for item in items if item.amount is not None}
    conversion = None
    if exchange is not None and currencies - {exchange.currency}:
        foreign = sorted(currencies - {exchange.currency}, key=lambda c: c.value)
        lacking = [c.value for c in foreign if c not in exchange.rates]
        if lacking:
            raise MissingRateError(lacking, exchange.currency.value)
        conversion = Conversion(
            currency=exchange.currency,
            rates=tuple((c, exchange.rates[c]) for c in foreign),
            on=exchange.on,
        )
        currencies = {exchange.currency}
    if len(currencies) > 1:
        raise MixedCurrencyError(currency.value for currency in currencies)
    if exchange is not None and not currencies:
        currencies = {exchange.currency}
    return CostBreakdown(
        total=sum_items(items, conversion),
        currency=currencies.pop() if currencies else Currency.USD,
        items=tuple(items),
        missing=tuple(missing),
        decisions=tuple(decisions),
        markets=tuple(markets),
        conversion=conversion,
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


def by_organization(
    credentials: Iterable[Credential],
) -> list[tuple[Organization, list[Credential]]]:
    groups: dict[str, tuple[Organization, list[Credential]]] = {}
    for credential in credentials:
        org = credential.organization
        groups.setdefault(org.id, (org, []))[1].append(credential)
    return list(groups.values())
