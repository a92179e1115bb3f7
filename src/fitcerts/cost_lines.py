"""The answers to the cost questions: lines, membership decisions, conversions and breakdowns,
and how each reads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .markets import Market
from .markup import Titled, html_table
from .plain import Plain
from .presentation import (
    NOT_REPORTED,
    amount_text,
    cited,
    describe,
    label,
    money,
    period_parts,
    short_repr,
    without_repeats,
)
from .presenters import present
from .records import Price, Source
from .vocabulary import (
    Audience,
    Currency,
    PriceBound,
    PriceItem,
    TaxTreatment,
)

__all__ = [
    "ZERO",
    "Conversion",
    "CostBreakdown",
    "CostItem",
    "MembershipDecision",
    "line",
    "sum_items",
]


ZERO = Decimal(0)


# A dict class: a frozen slotted class sets each field through ``object.__setattr__``, a third
# slower to build, and an answer builds one line per year and fee.
@attrs.frozen(kw_only=True, slots=False)
class CostItem(Plain):
    """One line of a cost breakdown; ``amount`` is None when the price is not reported."""

    credential: str | None
    pays_for: PriceItem
    amount: Decimal | None
    bound: PriceBound
    included_in: PriceItem | None = None
    currency: Currency = Currency.USD
    audience: Audience = Audience.ANYONE
    tier: str | None = None  # the tier's id, as in the data
    tier_name: str | None = None  # what people call it ("All CEUs from ISSA")
    tax: TaxTreatment = TaxTreatment.NOT_STATED
    year: int | None = None  # for a cost of ownership: the year of the credential it falls in
    note: str | None = None
    sources: tuple[Source, ...] = ()
    # When the price used holds, as its page states it ("until 2026-12-31"); None: open-ended.
    period: str | None = None
    # A renewal falling after every published fee, counted at the fee in force at the start.
    projected: bool = False
    # False: no fee is in force on the line's day, so the newest one that has ended is counted,
    # and the total is not today's.
    current: bool = True
    market: str | None = None  # the country whose price this is

    @property
    def amount_text(self) -> str:
        """The amount as people read it: ``$340``, ``$268+``, ``included in exam``, ..."""
        return amount_text(self.amount, self.currency, self.bound, self.included_in)

    def __str__(self) -> str:
        who = f"{self.credential} " if self.credential else ""
        tier = f" ({self.tier_name or self.tier})" if self.tier else ""
        audience = "" if self.audience is Audience.ANYONE else f" [{self.audience.value}]"
        note = f" ({self.note})" if self.note and self.amount is not None else ""
        tax = " plus tax" if self.tax is TaxTreatment.ADDED else ""
        year = f" in year {self.year}" if self.year else ""
        when = [self.period] if self.period else []
        when += ["at the latest published fee"] if self.projected else []
        when += ["last published, no longer in force"] if not self.current else []
        period = f" [{'; '.join(when)}]" if when else ""
        what = f"{who}{label(self.pays_for)}{tier}{audience}{year}"
        return f"{what}: {self.amount_text}{tax}{period}{note}"

    def __repr__(self) -> str:
        return short_repr("CostItem", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class MembershipDecision(Plain):
    """Whether joining an organization pays for itself; ``join`` is None when it cannot be told."""

    organization: str
    join: bool | None
    reason: str

    def __str__(self) -> str:
        return self.reason

    def __repr__(self) -> str:
        verdict = {True: "join", False: "do not join", None: "undecided"}[self.join]
        return short_repr("MembershipDecision", f"{self.organization}: {verdict}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class Conversion(Plain):
    """How a total in several currencies was put in one: at the caller's rates, of the caller's
    day. fitcerts holds no rates of its own, so it never converts unasked."""

    currency: Currency  # the currency of the total
    rates: tuple[tuple[Currency, Decimal], ...]  # units of ``currency`` one unit of each buys
    on: date  # the day the caller's rates are for

    def __str__(self) -> str:
        used = ", ".join(f"1 {c.value} = {rate} {self.currency.value}" for c, rate in self.rates)
        return f"converted to {self.currency.value} at {used} (rates of {self.on.isoformat()})"

    def __repr__(self) -> str:
        return short_repr("Conversion", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)

    def convert(self, amount: Decimal, currency: Currency) -> Decimal:
        """``amount`` of ``currency`` in the total's currency, to its minor unit."""
        if currency is self.currency:
            return amount
        rate = dict(self.rates)[currency]
        return (amount * rate).quantize(Decimal(1).scaleb(-self.currency.minor_units))


@attrs.frozen(kw_only=True)
class CostBreakdown(Plain):
    """The total of the known amounts, and everything needed to judge how far to trust it.

    ``total`` is ``None`` when no needed item has a known amount: unknown, never a zero.
    """

    _plain_extras = ("is_lower_bound", "is_approximate", "is_complete", "is_current")

    total: Decimal | None
    currency: Currency
    items: tuple[CostItem, ...]
    missing: tuple[str, ...] = ()  # needed components whose price no source reports
    decisions: tuple[MembershipDecision, ...] = ()
    # The market each credential is priced in, with the markets left out.
    markets: tuple[Market, ...] = ()
    # Set when lines in several currencies were converted into ``currency``; None otherwise.
    conversion: Conversion | None = None

    @property
    def market_notes(self) -> tuple[str, ...]:
        """Where a credential has no prices for the country asked, so none are counted:
        ``CSCS: no prices for GB (it has prices for US, JP)``."""
        return tuple(note for m in self.markets if (note := m.note) is not None)

    @property
    def elsewhere(self) -> dict[str, tuple[str, ...]]:
        """The other countries each credential has prices for, which this total leaves out."""
        return {m.record: m.others for m in self.markets if m.others}

    @property
    def is_lower_bound(self) -> bool:
        """True when any item is a "from"/"+" figure, so the real total may be higher."""
        return any(item.bound is PriceBound.LOWER_BOUND for item in self.items)

    @property
    def is_approximate(self) -> bool:
        """True when any counted item is an "about" figure."""
        return any(item.bound is PriceBound.APPROXIMATE for item in self.items)

    @property
    def is_complete(self) -> bool:
        """True when no needed component is missing a price."""
        return not self.missing

    @property
    def is_current(self) -> bool:
        """False when any counted line rests on a fee no longer in force (the newest one
        published), so the total is not today's price."""
        return all(item.current for item in self.items)

    @property
    def outdated(self) -> tuple[str, ...]:
        """The lines resting on fees no longer in force, grouped by the period of their fees:
        ``CSCS retake, non-member $345 (until 2015-03-31)``."""
        by_period: dict[str | None, list[str]] = {}
        for item in self.items:
            if not item.current:
                text = f"{_outdated_label(item)} {item.amount_text}"
                by_period.setdefault(item.period, []).append(text)
        return tuple(
            f"{', '.join(without_repeats(texts))}" + (f" ({period})" if period else "")
            for period, texts in by_period.items()
        )

    @property
    def total_text(self) -> str:
        """``$640 USD``, ``$608+ USD`` (a lower bound), or ``price not reported``."""
        if self.total is None:
            return f"price {NOT_REPORTED}"
        about = "about " if self.is_approximate else ""
        plus = "+" if self.is_lower_bound else ""
        return f"{about}{money(self.total, self.currency)}{plus} {self.currency.value}"

    def __str__(self) -> str:
        """The total and what it leaves out, each said once:
        ``$300 USD (incomplete; not reported: NSCA-CPT study materials)``, or
        ``price not reported: CPSS exam or program; CPSS study materials``."""
        gaps = "; ".join(self.missing)
        undecided = [f"membership undecided: {d.reason}" for d in self.decisions if d.join is None]
        old = [f"not current, rests on fees no longer in force: {'; '.join(self.outdated)}"]
        undecided += old if not self.is_current else []
        undecided += self.market_notes
        undecided += [str(self.conversion)] if self.conversion is not None else []
        if self.total is None and gaps:
            text, notes = f"{self.total_text}: {gaps}", undecided
        else:
            text = self.total_text
            notes = ([f"incomplete; {NOT_REPORTED}: {gaps}"] if gaps else []) + undecided
        return f"{text} ({'; '.join(notes)})" if notes else text

    def __repr__(self) -> str:
        notes = [f"{len(self.missing)} {NOT_REPORTED}"] if self.missing else []
        notes += ["membership undecided"] if any(d.join is None for d in self.decisions) else []
        notes += ["not current"] if not self.is_current else []
        notes += ["converted"] if self.conversion is not None else []
        return short_repr("CostBreakdown", ", ".join([self.total_text, *notes]))

    def describe(self) -> str:
        """The total, then every line, what is missing and each membership decision."""
        lines = [str(self), *(f"  {item}" for item in self.items)]
        lines += [f"  {NOT_REPORTED}: {gap}" for gap in self.missing]
        lines += [f"  {d.organization} membership: {d.reason}" for d in self.decisions]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        """The lines as a table for a notebook; hover an amount for its sources."""
        rows = [
            (
                item.credential or "",
                _item_label(item),
                Titled(item.amount_text + _TAX.get(item.tax, ""), cited(item.sources)),
                item.note if item.amount is not None and item.note else "",
            )
            for item in self.items
        ]
        notes = [f"{NOT_REPORTED}: {gap}" for gap in self.missing]
        notes += [f"{d.organization} membership: {d.reason}" for d in self.decisions]
        return html_table(
            ("credential", "pays for", "amount", "note"),
            rows,
            caption=f"Total: {self.total_text}",
            notes=notes,
        )

    def to_dataframe(self, *, exact: bool = False) -> pd.DataFrame:
        """This result as a pandas DataFrame (needs the ``fitcerts[pandas]`` extra); amounts are
        ``Float64`` beside their currency, or ``Decimal`` objects with ``exact=True``."""
        frame: pd.DataFrame = present("dataframe", self, exact=exact)
        return frame


_TAX = {TaxTreatment.ADDED: " plus tax", TaxTreatment.INCLUDED: " incl. tax"}


def _outdated_label(item: CostItem) -> str:
    """``CSCS recertification, non-member, year 3`` or ``NSCA membership``."""
    if item.credential is None:
        return item.note or _item_label(item)
    return f"{item.credential} {_item_label(item)}"


def _item_label(item: CostItem) -> str:
    """``exam (self-study), member, year 3``: what a line pays for, for whom and when."""
    tier = f" ({item.tier_name or item.tier})" if item.tier else ""
    parts = [f"{label(item.pays_for)}{tier}"]
    parts += [item.audience.value] if item.audience is not Audience.ANYONE else []
    parts += [f"year {item.year}"] if item.year else []
    return ", ".join(parts)


def line(
    credential: str | None,
    component: str,
    kind: PriceItem,
    price: Price | None,
    year: int = 0,
    note: str | None = None,
    *,
    current: bool = True,
    projected: bool = False,
    market: str | None = None,
) -> tuple[CostItem, str]:
    """The cost line for ``price`` (``None``: no source gives one), and, when its amount is not
    reported, the component that is missing from the total. ``current`` is False for a fee
    that is no longer in force, counted because no newer one is published."""
    if price is None or price.bound is PriceBound.NOT_REPORTED:
        when = f" in year {year}" if year else ""
        gap = f"{credential or ''} {component}{when}".strip()
        return CostItem(
            credential=credential,
            pays_for=price.pays_for if price else kind,
            amount=None,
            bound=PriceBound.NOT_REPORTED,
            year=year or None,
            note=note,
            sources=price.sources if price else (),
            market=market,
        ), gap
    return CostItem(
        credential=credential,
        pays_for=price.pays_for,
        amount=price.amount,
        bound=price.bound,
        included_in=price.included_in,
        currency=price.currency,
        audience=price.audience,
        tier=price.tier,
        tier_name=price.tier_name,
        tax=price.tax,
        year=year or None,
        note=note or price.note,
        sources=price.sources,
        period=_period(price),
        projected=projected,
        current=current,
        market=market,
    ), ""


def _period(price: Price) -> str | None:
    """``until 2020-12-31``: when the price holds, as its page states it; None: open-ended."""
    if price.valid_from is None and price.valid_until is None and price.stated_in is None:
        return None  # most prices: no call, no list
    return ", ".join(period_parts(price))


def sum_items(items: Iterable[CostItem], conversion: Conversion | None = None) -> Decimal | None:
    """Known amounts added up (an included amount is already inside another line), each
    converted first where a conversion is given; ``None`` when no amount is known."""
    included = PriceBound.INCLUDED
    counted = [
        (i.amount, i.currency) for i in items if i.amount is not None and i.bound is not included
    ]
    if not counted:
        return None
    if conversion is None:
        return sum((amount for amount, _ in counted), ZERO)
    return sum((conversion.convert(amount, currency) for amount, currency in counted), ZERO)
