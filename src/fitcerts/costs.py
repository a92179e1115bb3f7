"""What earning one or more credentials costs, keeping exact, "from", included and unknown apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .catalog import Catalog, distinct
from .eligibility_rules import check_date, judge_requirement, resolve_profile
from .errors import MissingRateError, MixedCurrencyError, UnknownTierError, UnknownValueError
from .markets import Market, choose_market, market_country, prices_in
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
from .profile import Profile
from .records import Credential, Organization, Price, Source, prices_in_force
from .vocabulary import (
    Audience,
    ConditionKind,
    Currency,
    PriceBound,
    PriceItem,
    RequirementLevel,
    TaxTreatment,
    checked_country,
)

__all__ = [
    "MAX_YEARS",
    "Conversion",
    "CostBreakdown",
    "CostItem",
    "Member",
    "MembershipDecision",
    "cost_of",
    "cost_of_ownership",
    "tiers",
    "total_cost",
]

Member = bool | Literal["cheapest"]

_CORE = tuple(item for item in PriceItem if item.is_core)
# The kinds of price one choice weighs together: any core item (an exam, a program, ...) earns
# the credential; every other kind is a choice of its own.
_CHOICE = {kind: _CORE if kind in _CORE else (kind,) for kind in PriceItem}
_APPLICATION = (PriceItem.APPLICATION,)
_STUDY_MATERIALS = (PriceItem.STUDY_MATERIALS,)
_RETAKE = (PriceItem.RETAKE,)
_ZERO = Decimal(0)


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
    tier: str | None = None
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
        tier = f" ({self.tier})" if self.tier else ""
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
    tier = f" ({item.tier})" if item.tier else ""
    parts = [f"{label(item.pays_for)}{tier}"]
    parts += [item.audience.value] if item.audience is not Audience.ANYONE else []
    parts += [f"year {item.year}"] if item.year else []
    return ", ".join(parts)


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
    terms = _terms(member, study_materials, tier, profile, jurisdiction, on, attempts)
    _check_tier(credentials, tier)
    return _breakdown(*_earning(credentials, member, terms), exchange=exchange)


@attrs.frozen
class _Terms:
    """What a candidate buys on, besides the credentials: the same for every line."""

    study_materials: bool
    tier: str | None
    on: date
    jurisdiction: str | None
    attempts: int
    profile: Profile | None


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
    terms = _terms(member, study_materials, tier, profile, jurisdiction, on, attempts)
    _check_tier(credentials, tier)
    return _breakdown(*_earning(credentials, member, terms), exchange=exchange)


def _earning(
    credentials: Sequence[Credential], member: Member, terms: _Terms
) -> tuple[list[CostItem], list[str], list[MembershipDecision], list[Market]]:
    """The lines of earning the credentials, what is missing, the membership decisions and
    the market each credential is priced in."""
    items: list[CostItem] = []
    missing: list[str] = []
    decisions: list[MembershipDecision] = []
    markets = [choose_market(credential, terms.jurisdiction) for credential in credentials]
    for organization, group in _by_organization(credentials):
        joins: bool = member is True
        needing = [c.id for c in group if _requires_membership(c, organization, terms)]
        if needing and member is not True:
            decision, item, gap = _required_membership(organization, needing, terms)
            decisions.append(decision)
            items.append(item)
            missing += [gap] if gap else []
            joins = True
        elif member == "cheapest" and _offers_member_pricing(group):
            decision, fee = _decide_membership(organization, group, terms)
            decisions.append(decision)
            joins = decision.join is True
            if joins and fee is not None:
                items.append(_membership_item(organization, fee, terms))
        for credential in group:
            audience = Audience.MEMBER if joins else Audience.NON_MEMBER
            found, gaps = _credential_items(credential, audience, terms)
            items += found
            missing += gaps
    return items, missing, decisions, markets


def _terms(
    member: object,
    study_materials: object,
    tier: str | None,
    profile: Profile | None,
    jurisdiction: object,
    on: date | None,
    attempts: object,
) -> _Terms:
    if member not in (True, False, "cheapest") or not isinstance(member, (bool, str)):
        raise UnknownValueError("member option", member, ("True", "False", "'cheapest'"))
    if not isinstance(study_materials, bool):
        raise TypeError(f"study_materials must be True or False, not {study_materials!r}")
    if profile is not None and not isinstance(profile, Profile):
        raise TypeError(f"profile must be a Profile, not {type(profile).__name__}")
    if jurisdiction is not None:
        jurisdiction = checked_country(jurisdiction)
    elif profile is not None:  # the candidate's country, where the caller names none
        jurisdiction = profile.country
    if isinstance(attempts, bool) or not isinstance(attempts, int):
        raise TypeError(f"attempts must be a whole number, not {type(attempts).__name__}")
    if not 1 <= attempts <= MAX_ATTEMPTS:
        raise UnknownValueError("number of attempts", attempts, (f"1 to {MAX_ATTEMPTS}",))
    return _Terms(
        study_materials=study_materials,
        tier=tier,
        on=check_date(on),
        jurisdiction=jurisdiction,
        attempts=attempts,
        profile=profile,
    )


# Exam attempts one total may count: nobody plans for more.
MAX_ATTEMPTS = 10


@attrs.frozen
class _Exchange:
    """A conversion the caller asked for: into ``currency`` at ``rates`` of day ``on``."""

    currency: Currency
    rates: dict[Currency, Decimal]
    on: date


def exchange_terms(currency: object, rates: object, rates_on: object) -> _Exchange | None:
    """The conversion asked for, checked; ``None`` when none is. Rates are the caller's, each
    with the day it is for: fitcerts holds none and guesses none."""
    if currency is None and rates is None and rates_on is None:
        return None
    if currency is None:
        raise TypeError("rates and rates_on need currency=, the currency to convert into")
    target = _currency(currency)
    if rates is None:
        rates = {}
    if not isinstance(rates, Mapping):
        raise TypeError(f"rates must be a mapping of currency to rate, not {type(rates).__name__}")
    checked: dict[Currency, Decimal] = {}
    for code, rate in rates.items():
        source = _currency(code)
        checked[source] = _rate(source, rate)
    if checked and rates_on is None:
        raise TypeError("rates need rates_on=, the date they are for (a datetime.date)")
    if rates_on is not None and not isinstance(rates_on, date):
        raise TypeError(f"rates_on must be a datetime.date, not {type(rates_on).__name__}")
    return _Exchange(currency=target, rates=checked, on=check_date(rates_on))


def _currency(value: object) -> Currency:
    """An ISO 4217 code of a currency fitcerts knows, in any case."""
    if isinstance(value, str):
        try:
            return Currency(value.strip().upper())
        except ValueError:
            pass
    raise UnknownValueError("currency", value, [c.value for c in Currency])


def _rate(currency: Currency, rate: object) -> Decimal:
    """A rate as a positive ``Decimal``; a float is refused, its binary value not the rate."""
    if isinstance(rate, bool) or not isinstance(rate, (Decimal, int, str)):
        raise TypeError(
            f"the rate for {currency.value} must be a Decimal, int or str, not "
            f"{type(rate).__name__} (a float is not exact)"
        )
    try:
        value = Decimal(rate)
    except ArithmeticError:
        raise UnknownValueError(f"rate for {currency.value}", rate, ["a positive number"]) from None
    if not value.is_finite() or value <= 0:
        raise UnknownValueError(f"rate for {currency.value}", rate, ["a positive number"])
    return value


def _breakdown(
    items: list[CostItem],
    missing: list[str],
    decisions: list[MembershipDecision],
    markets: list[Market],
    *,
    exchange: _Exchange | None = None,
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
        total=_sum(items, conversion),
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
    credential: Credential, audience: Audience, terms: _Terms
) -> tuple[list[CostItem], list[str]]:
    """The lines one credential adds, and the needed components whose price is unknown: the
    prices of the one market the answer is for."""
    market = market_country(credential, terms.jurisdiction)
    offers = _by_choice(prices_in(credential.prices, market, credential.organization.country))
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
        chosen = _choose(offered, audience, terms)
        ended = _ended(offered, audience) if not _priced(chosen) else []
        price, current = _or_last_published(chosen, ended, terms.on)
        item, gap = line(credential.id, component, kinds[0], price, current=current, market=market)
        items.append(item)
        if gap:
            missing.append(gap)
    return items, missing


def _by_choice(prices: Iterable[Price]) -> dict[tuple[PriceItem, ...], list[Price]]:
    """Prices by the choice they compete in (keys as in ``_CHOICE``), each in data order: one
    pass over a credential's prices serves every line that needs one."""
    grouped: dict[tuple[PriceItem, ...], list[Price]] = {}
    for price in prices:
        grouped.setdefault(_CHOICE[price.pays_for], []).append(price)
    return grouped


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


def _or_last_published(
    chosen: Price | None, ended: Sequence[Price], day: date
) -> tuple[Price | None, bool]:
    """``chosen``, the fee in force on ``day``, and True; where it has no amount, the newest of
    the ``ended`` fees (see :func:`_ended`) that ended before ``day``, and False (not current);
    else ``chosen`` again."""
    if chosen is not None and chosen.bound is not PriceBound.NOT_REPORTED:
        return chosen, True
    for fee in ended:  # newest first
        if fee.ends is not None and fee.ends < day:
            return fee, False
    return chosen, True


def _ended(prices: Sequence[Price], audience: Audience) -> list[Price]:
    """The priced fees among ``prices`` (of one market) that stop holding at some day, for the
    audience (or anyone), newest first: where no fee is in force, the newest of them that has
    ended is counted, marked as not current."""
    found = [
        p
        for p in prices
        if p.amount is not None and p.ends is not None and p.audience in (audience, Audience.ANYONE)
    ]
    return sorted(found, key=_ends, reverse=True)


def _priced(price: Price | None) -> bool:
    return price is not None and price.bound is not PriceBound.NOT_REPORTED


def _ends(price: Price) -> date:
    return price.ends or date.max


def _sum(items: Iterable[CostItem], conversion: Conversion | None = None) -> Decimal | None:
    """Known amounts added up (an included amount is already inside another line), each
    converted first where a conversion is given; ``None`` when no amount is known."""
    included = PriceBound.INCLUDED
    counted = [
        (i.amount, i.currency) for i in items if i.amount is not None and i.bound is not included
    ]
    if not counted:
        return None
    if conversion is None:
        return sum((amount for amount, _ in counted), _ZERO)
    return sum((conversion.convert(amount, currency) for amount, currency in counted), _ZERO)


def _choose(prices: Sequence[Price], audience: Audience, terms: _Terms) -> Price | None:
    """The price that applies on the terms' day among ``prices``, those of one choice in data
    order; see :func:`_pick`."""
    return _pick(prices_in_force(prices, terms.on), audience, terms)


def _pick(candidates: list[Price], audience: Audience, terms: _Terms) -> Price | None:
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
    return price.amount or _ZERO


def _fee_order(fee: Price) -> tuple[bool, Decimal]:
    """Cheapest first, the fees whose amount is not reported last."""
    return fee.amount is None, fee.amount or _ZERO


def _fees(organization: Organization, terms: _Terms) -> tuple[list[Price], list[str]]:
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
            last, current = _or_last_published(None, _ended(prices, Audience.ANYONE), terms.on)
            in_force = [last] if last is not None and not current else []
        fees += in_force
    return sorted(fees, key=_fee_order), excluded


def _membership_item(organization: Organization, fee: Price, terms: _Terms) -> CostItem:
    tier = f" ({fee.tier_name or fee.tier})" if fee.tier else ""
    note = f"{organization.id} membership{tier}"
    current = fee.applies(on=terms.on)
    market = market_country(organization, terms.jurisdiction)
    return line(
        None, "membership", PriceItem.MEMBERSHIP, fee, note=note, current=current, market=market
    )[0]


def _decide_membership(
    organization: Organization, group: list[Credential], terms: _Terms
) -> tuple[MembershipDecision, Price | None]:
    """Join only when every membership tier the candidate could hold pays for itself, and say
    which fee that means. Without a profile the data cannot tell which tier a candidate
    qualifies for (student, professional, ...), so a split verdict stays undecided."""
    fees, excluded = _fees(organization, terms)
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
        lines = [i for c in group for i in _credential_items(c, audience, terms)[0]]
        return _sum(lines), any(i.bound is PriceBound.LOWER_BOUND for i in lines)

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


def _requires_membership(credential: Credential, organization: Organization, terms: _Terms) -> bool:
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


def _required_membership(
    organization: Organization, needing: list[str], terms: _Terms
) -> tuple[MembershipDecision, CostItem, str]:
    """Joining where only members may earn: the dues of the cheapest tier the candidate can
    hold, a floor when the data cannot tell which tier that is."""
    fees, _excluded = _fees(organization, terms)
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


def _dated(fee: Price, terms: _Terms) -> str:
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
    terms = _terms(member, True, None, profile, jurisdiction, start, 1)
    items, missing, decisions, markets = _earning(credentials, member, terms)
    audience = Audience.MEMBER if member else Audience.NON_MEMBER
    for credential in credentials:
        found, gaps = _renewal_items(credential, audience, terms, years)
        items += found
        missing += gaps
    if member:
        for organization, _ in _by_organization(credentials):
            found, gaps = _dues_items(organization, terms, years)
            items += found
            missing += gaps
    return _breakdown(items, missing, decisions, markets, exchange=exchange)


def _renewal_items(
    credential: Credential, audience: Audience, terms: _Terms, years: int
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
            in_force, fee = now_in_force, _pick(now_in_force, audience, terms)
        if not now_in_force and latest is None:
            # After every published fee has ended, a renewal is counted at the fee in force at
            # the start (a later cycle's fee is not published yet), and the line says so.
            start = _pick(prices_in_force(fees, terms.on), audience, terms)
            latest = start if _priced(start) and start is not None and start.ends else None
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
            if ended is None and not _priced(fee):
                ended = _ended(fees, audience)
            used, current = _or_last_published(fee, ended or (), day)
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
    organization: Organization, terms: _Terms, years: int
) -> tuple[list[CostItem], list[str]]:
    """A member's dues, one line a year, at the dearest fee the member could pay (a fee not
    reported counting as dearer): the fee is chosen once, not every year."""
    fees, _excluded = _fees(organization, terms)
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
