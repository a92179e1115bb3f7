"""The lines one credential's prices give a cost: which published price each line counts (the one
in force for the candidate's audience, tier and day, else the last one published)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from .cost_lines import ZERO, CostItem, line
from .cost_terms import Terms
from .markets import market_country, prices_in
from .records import Credential, Price, prices_in_force
from .vocabulary import (
    Audience,
    PriceBound,
    PriceItem,
)

__all__ = [
    "by_choice",
    "choose_price",
    "credential_items",
    "ended_fees",
    "is_priced",
    "or_last_published",
    "pick_price",
]


_CORE = tuple(item for item in PriceItem if item.is_core)


# The kinds of price one choice weighs together: any core item (an exam, a program, ...) earns
# the credential; every other kind is a choice of its own.
_CHOICE = {kind: _CORE if kind in _CORE else (kind,) for kind in PriceItem}


def by_choice(prices: Iterable[Price]) -> dict[tuple[PriceItem, ...], list[Price]]:
    """Prices by the choice they compete in (keys as in ``_CHOICE``), each in data order: one
    pass over a credential's prices serves every line that needs one."""
    grouped: dict[tuple[PriceItem, ...], list[Price]] = {}
    for price in prices:
        grouped.setdefault(_CHOICE[price.pays_for], []).append(price)
    return grouped


def or_last_published(
    chosen: Price | None, ended: Sequence[Price], day: date
) -> tuple[Price | None, bool]:
    """``chosen``, the fee in force on ``day``, and True; where it has no amount, the newest of
    the ``ended`` fees (see :func:`ended_fees`) that ended before ``day``, and False (not current);
    else ``chosen`` again."""
    if chosen is not None and chosen.bound is not PriceBound.NOT_REPORTED:
        return chosen, True
    for fee in ended:  # newest first
        if fee.ends is not None and fee.ends < day:
            return fee, False
    return chosen, True


def ended_fees(prices: Sequence[Price], audience: Audience) -> list[Price]:
    """The priced fees among ``prices`` (of one market) that stop holding at some day, for the
    audience (or anyone), newest first: where no fee is in force, the newest of them that has
    ended is counted, marked as not current."""
    found = [
        p
        for p in prices
        if p.amount is not None and p.ends is not None and p.audience in (audience, Audience.ANYONE)
    ]
    return sorted(found, key=_ends, reverse=True)


def is_priced(price: Price | None) -> bool:
    return price is not None and price.bound is not PriceBound.NOT_REPORTED


def _ends(price: Price) -> date:
    return price.ends or date.max


def choose_price(prices: Sequence[Price], audience: Audience, terms: Terms) -> Price | None:
    """The price that applies on the terms' day among ``prices``, those of one choice in data
    order; see :func:`pick_price`."""
    return pick_price(prices_in_force(prices, terms.on), audience, terms)


def pick_price(candidates: list[Price], audience: Audience, terms: Terms) -> Price | None:
    """Of the prices in force (those of one market): the audience's own, else one for anyone;
    the tier asked, else the cheapest."""
    if not candidates:
        return None
    for wanted in (audience, Audience.ANYONE):
        fitting = [p for p in candidates if p.audience is wanted]
        if fitting:
            candidates = fitting
            break
    else:  # only the other audience's price exists: it is not this candidate's price
        return None
    if len(candidates) == 1:  # whatever its tier and amount, the one price left is the price
        return candidates[0]
    tiered = [p for p in candidates if p.tier is not None]
    if tiered:
        if terms.tier is not None and any(p.tier == terms.tier for p in tiered):
            return next(p for p in tiered if p.tier == terms.tier)
        candidates = tiered
    priced = [p for p in candidates if p.amount is not None]
    if priced:
        return min(priced, key=_amount)
    included = [p for p in candidates if p.bound is PriceBound.INCLUDED]
    return included[0] if included else candidates[0]


def _amount(price: Price) -> Decimal:
    return price.amount or ZERO


_APPLICATION = (PriceItem.APPLICATION,)


_STUDY_MATERIALS = (PriceItem.STUDY_MATERIALS,)


_RETAKE = (PriceItem.RETAKE,)


def credential_items(
    credential: Credential, audience: Audience, terms: Terms
) -> tuple[list[CostItem], list[str]]:
    """The lines one credential adds, and the needed components whose price is unknown: the
    prices of the one market the answer is for."""
    market = market_country(credential, terms.jurisdiction)
    offers = by_choice(prices_in(credential.prices, market, credential.organization.country))
    needed: list[tuple[str, tuple[PriceItem, ...]]] = [("exam or program", _CORE)]
    if _APPLICATION in offers:
        needed.append(("application fee", _APPLICATION))
    if terms.study_materials:
        needed.append(("study materials", _STUDY_MATERIALS))
    needed += [("retake fee", _RETAKE)] * (terms.attempts - 1)
    items: list[CostItem] = []
    missing: list[str] = []
    for component, kinds in needed:
        offered = offers.get(kinds, ())
        chosen = choose_price(offered, audience, terms)
        ended = ended_fees(offered, audience) if not is_priced(chosen) else []
        price, current = or_last_published(chosen, ended, terms.on)
        item, gap = line(credential.id, component, kinds[0], price, current=current, market=market)
        items.append(item)
        if gap:
            missing.append(gap)
    return items, missing
