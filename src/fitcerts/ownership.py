"""What earning and keeping credentials costs over years: renewals and dues, year by year."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from .catalog import Catalog
from .cost_lines import CostBreakdown, CostItem, line
from .cost_terms import Terms, checked_terms, exchange_terms
from .costs import breakdown, by_organization, earning
from .eligibility_rules import resolve_profile
from .errors import UnknownValueError
from .markets import market_country, prices_in
from .membership_costs import membership_fees
from .price_choice import ended_fees, is_priced, or_last_published, pick_price
from .profile import Profile
from .records import Credential, Organization, Price, prices_in_force
from .vocabulary import (
    Audience,
    Currency,
    PriceItem,
)

__all__ = [
    "MAX_YEARS",
    "cost_of_ownership",
]


# Years a cost of ownership may span.
MAX_YEARS = 50


def cost_of_ownership(
    catalog: Catalog,
    keys: Sequence[str | Credential],
    *,
    years: int,
    member: bool = False,
    profile: Profile | None = None,
    jurisdiction: str | None = None,
    start: date | None = None,
    currency: Currency | str | None = None,
    rates: Mapping[Currency | str, Decimal | int | str] | None = None,
    rates_on: date | None = None,
) -> CostBreakdown:
    """Earning the credentials and keeping them for ``years``: every renewal that falls due
    (a recertification fee each cycle, late fees aside) and, for a member, the dues of every
    year, each line with its year. Continuing education the data does not price
    is listed as missing, so the total says it is incomplete rather than pretend."""
    if isinstance(years, bool) or not isinstance(years, int):
        raise TypeError(f"years must be a whole number, not {type(years).__name__}")
    if not 1 <= years <= MAX_YEARS:
        raise UnknownValueError("number of years", years, (f"1 to {MAX_YEARS}",))
    if not isinstance(member, bool):
        raise TypeError(f"member must be True or False here, not {member!r}")
    if not keys:
        raise TypeError("cost_of_ownership needs at least one credential")
    exchange = exchange_terms(currency, rates, rates_on)
    if profile is not None:
        profile = resolve_profile(catalog, profile)
    credentials = catalog.resolve_all(keys)
    terms = checked_terms(member, True, None, profile, jurisdiction, start, 1)
    items, missing, decisions, markets = earning(credentials, member, terms)
    audience = Audience.MEMBER if member else Audience.NON_MEMBER
    for credential in credentials:
        found, gaps = _renewal_items(credential, audience, terms, years)
        items += found
        missing += gaps
    if member:
        for organization, _ in by_organization(credentials):
            found, gaps = _dues_items(organization, terms, years)
            items += found
            missing += gaps
    return breakdown(items, missing, decisions, markets, exchange=exchange)


def _renewal_items(
    credential: Credential, audience: Audience, terms: Terms, years: int
) -> tuple[list[CostItem], list[str]]:
    """The renewal fee of each cycle that ends within ``years``, and what is missing: the
    continuing education of each cycle, a fee no source gives, or the cycle itself."""
    renewal = credential.recertification
    if renewal is not None and renewal.expires is False:
        return [], []  # held for life: nothing to renew
    cycle = renewal.cycle_years if renewal is not None else None
    if cycle is None:
        return [], [f"{credential.id} renewal cycle"]
    renewing = PriceItem.RECERTIFICATION
    market = market_country(credential, terms.jurisdiction)
    home = credential.organization.country
    fees = [p for p in prices_in(credential.prices, market, home) if p.pays_for is renewing]
    items: list[CostItem] = []
    missing: list[str] = []
    in_force: list[Price] | None = None
    fee: Price | None = None
    latest: Price | None = None  # the fee in force at the start, found when first needed
    ended: list[Price] | None = None  # the fees that stop holding, likewise
    for year in range(cycle, years + 1, cycle):
        day = _years_after(terms.on, year)
        now_in_force = prices_in_force(fees, day)
        if now_in_force != in_force:  # choose again only when a fee has started or ended
            in_force, fee = now_in_force, pick_price(now_in_force, audience, terms)
        if not now_in_force and latest is None:
            # After every published fee has ended, a renewal is counted at the fee in force at
            # the start (a later cycle's fee is not published yet), and the line says so.
            start = pick_price(prices_in_force(fees, terms.on), audience, terms)
            latest = start if is_priced(start) and start is not None and start.ends else None
        if not now_in_force and latest is not None:
            item, gap = line(
                credential.id,
                "recertification fee",
                renewing,
                latest,
                year,
                projected=True,
                market=market,
            )
        else:
            if ended is None and not is_priced(fee):
                ended = ended_fees(fees, audience)
            used, current = or_last_published(fee, ended or (), day)
            item, gap = line(
                credential.id,
                "recertification fee",
                renewing,
                used,
                year,
                current=current,
                market=market,
            )
        items.append(item)
        if gap:
            missing.append(gap)
        missing.append(f"{credential.id} continuing education in year {year}")
    return items, missing


def _dues_items(
    organization: Organization, terms: Terms, years: int
) -> tuple[list[CostItem], list[str]]:
    """A member's dues, one line a year, at the dearest fee the member could pay (a fee not
    reported counting as dearer): the fee is chosen once, not every year."""
    fees, _excluded = membership_fees(organization, terms)
    dues = f"{organization.id} membership dues"
    note = f"{organization.id} membership"
    fee = fees[-1] if fees else None
    current = fee is None or fee.applies(on=terms.on)
    market = market_country(organization, terms.jurisdiction)
    first, gap = line(
        None, dues, PriceItem.MEMBERSHIP, fee, 1, note, current=current, market=market
    )
    # Every year's line is the first one's but for its year (and the gap's wording).
    fields = vars(first)
    items = [first, *(CostItem(**{**fields, "year": year}) for year in range(2, years + 1))]
    missing = [f"{dues} in year {year}" for year in range(1, years + 1)] if gap else []
    return items, missing


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
