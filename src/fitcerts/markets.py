"""Markets: the country a price is for, and the one country an answer is given for.

A credential's home market is its organization's country; a price that names no place is a
price of that market (a US body's unmarked fee is a US fee). An answer shows one market's
prices and says which other markets have some, so a reader in the US never sees NSCA Japan's
yen fees in a cell meant for them, and a reader in Japan can ask for those. A market with no
prices of a credential gets none: another market's fee is never passed off as its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from .plain import Plain
from .presentation import short_repr
from .records import Credential, Organization, Price

__all__ = [
    "Market",
    "choose_market",
    "home_market",
    "market_country",
    "market_of",
    "markets",
    "prices_in",
]


def home_market(record: Credential | Organization) -> str | None:
    """The organization's country (``None`` only in releases before every body had one)."""
    organization = record.organization if isinstance(record, Credential) else record
    return organization.country


def market_of(price: Price, home: str | None) -> str | None:
    """The country ``price`` is for: its own place, else its issuer's home market."""
    return price.jurisdiction or home


def markets(record: Credential | Organization) -> tuple[str, ...]:
    """The countries ``record`` has prices for, its home market first, then in data order."""
    home = home_market(record)
    return _markets(_all_prices(record), home)


def prices_in(prices: Iterable[Price], market: str | None, home: str | None) -> list[Price]:
    """The prices of one market, in data order. A price that names no place, of an issuer
    whose country the release does not give, belongs to no market in particular: it is in
    every one."""
    return [p for p in prices if (p.jurisdiction or home) in (market, None)]


@attrs.frozen(kw_only=True)
class Market(Plain):
    """The market one answer about a record is given for, and the markets it leaves out."""

    record: str  # the credential's or organization's id
    country: str | None  # the market answered for; None: the release names no country
    asked: str | None = None  # the country the caller asked for, if any
    others: tuple[str, ...] = ()  # further countries the record has prices for
    priced: bool = True  # False: the record has no prices in ``country``

    @property
    def note(self) -> str | None:
        """``CSCS: no prices for GB (it has prices for US, JP)``, when the country asked has no
        prices: they are not reported, never another market's; ``None`` otherwise."""
        if self.priced:
            return None
        elsewhere = f" (it has prices for {', '.join(self.others)})" if self.others else ""
        return f"{self.record}: no prices for {self.country}{elsewhere}"

    def __str__(self) -> str:
        return self.country or "no country named"

    def __repr__(self) -> str:
        also = f", also {', '.join(self.others)}" if self.others else ""
        return short_repr("Market", f"{self.record}: {self}{also}")


def market_country(record: Credential | Organization, asked: str | None) -> str | None:
    """The country of :func:`choose_market`, without naming the others: reads no price."""
    if asked is not None:
        return asked
    home = home_market(record)
    if home is not None:
        return home
    return choose_market(record, asked).country


def choose_market(record: Credential | Organization, asked: str | None) -> Market:
    """The market an answer about ``record`` is given for: ``asked``, else its home market,
    with the other markets named. A country with no prices of the record's gets none: they
    are not reported, and never another market's (an NSCA fee for the US is not a UK fee
    unless a page says so)."""
    home = home_market(record)
    found = _markets(_all_prices(record), home)
    country: str | None
    if asked is not None:
        country = asked
    elif home is None and len(found) == 1:  # no home named: the one place priced
        country = found[0]
    else:
        country = home
    # Without a home, a price that names no place is in every market, so none is unpriced.
    unpriced = home is not None and country not in found
    return Market(
        record=record.id,
        country=country,
        asked=asked,
        others=tuple(m for m in found if m != country),
        priced=not unpriced,
    )


def _all_prices(record: Credential | Organization) -> Sequence[Price]:
    if isinstance(record, Credential):
        return record.prices
    return (*record.prices, *(p for tier in record.memberships for p in tier.prices))


def _markets(prices: Iterable[Price], home: str | None) -> tuple[str, ...]:
    found = dict.fromkeys([home] if home else [])
    for price in prices:
        place = price.jurisdiction or home
        if place is not None:
            found[place] = None
    return tuple(found)
