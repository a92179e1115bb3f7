"""The catalog as one flat row per credential: the shape of the CSV export and the DataFrame.

Kept free of pandas so the CSV export needs nothing beyond the standard library. Unknown values
are ``None``, never 0 or an empty string, and numbers stay ``Decimal`` here (the DataFrame makes
them floats unless asked for exact values). A ``money`` column is an amount in the row's
``currency``; a ``decimal`` column is a number without a unit (a score, a percentage).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Literal

from .markets import choose_market, prices_in
from .records import Credential, Price, prices_in_force
from .release import Release
from .vocabulary import Audience, PriceBound

__all__ = ["COLUMNS", "Row", "credential_rows"]

Kind = Literal["string", "category", "int", "decimal", "money", "bool", "date", "list"]

# Column name and kind, in the stable order of the CSV export and the DataFrame.
COLUMNS: tuple[tuple[str, Kind], ...] = (
    ("id", "string"),
    ("name", "string"),
    ("organization", "category"),
    ("country", "category"),  # of the organization's headquarters (ISO 3166-1)
    ("market", "category"),  # the country whose prices the row's price columns hold
    ("kind", "category"),
    ("settings", "list"),
    ("earned_by", "category"),
    ("exam_questions", "int"),
    ("exam_minutes", "int"),
    ("passing_score", "decimal"),
    ("passing_score_scale", "category"),
    ("pass_rate", "decimal"),
    ("pass_rate_year", "int"),
    ("currency", "category"),
    ("exam_price_member", "money"),
    ("exam_price_member_is_lower_bound", "bool"),
    ("exam_price_non_member", "money"),
    ("exam_price_non_member_is_lower_bound", "bool"),
    ("lowest_price", "money"),
    ("lowest_price_is_lower_bound", "bool"),
    ("highest_price", "money"),
    ("highest_price_is_lower_bound", "bool"),
    ("requirements_known", "bool"),
    ("accredited_by", "list"),
    ("sources", "int"),
    ("newest_source_date", "date"),
    ("newest_source_year", "int"),
)

Row = dict[str, str | int | Decimal | bool | date | tuple[str, ...] | None]


def credential_rows(release: Release, jurisdiction: str | None = None) -> list[Row]:
    """One row per credential of ``release``, in id order, keyed by :data:`COLUMNS`: the prices
    of ``jurisdiction`` (an ISO 3166-1 code, checked by the caller) where
    given, else of its home market; the ``market`` column says which."""
    return [_row(credential, jurisdiction) for credential in release.credentials()]


def _row(credential: Credential, jurisdiction: str | None = None) -> Row:
    exam = credential.exam
    rate = exam.pass_rate
    score = exam.passing_score
    # A row has one market, one currency and one day: the prices in force today of the market
    # asked or the home one (NSCA Japan's yen fees are CSCS's JP market), in the first one's
    # currency.
    today = date.today()
    market = choose_market(credential, jurisdiction).country
    home = credential.organization.country
    core = [
        p
        for p in prices_in_force(prices_in(credential.prices, market, home), today)
        if p.pays_for.is_core and p.amount is not None
    ]
    core = [p for p in core if p.currency is core[0].currency] if core else []
    member = _cheapest(p for p in core if p.audience is Audience.MEMBER)
    non_member = _cheapest(p for p in core if p.audience is Audience.NON_MEMBER)
    lowest = min(core, key=_amount, default=None)
    highest = max(core, key=_amount, default=None)
    sources = credential.all_sources()
    dated = [s.as_of for s in sources if s.as_of is not None]
    years = [s.as_of.year if s.as_of else s.year for s in sources]
    known_years = [y for y in years if y is not None]
    return {
        "id": credential.id,
        "name": credential.name,
        "organization": credential.organization.id,
        "country": credential.organization.country,
        "market": market,
        "kind": credential.kind.value,
        "settings": tuple(s.value for s in credential.settings),
        "earned_by": credential.earned_by.value if credential.earned_by else None,
        "exam_questions": exam.questions,
        "exam_minutes": int(exam.duration.total_seconds()) // 60 if exam.duration else None,
        "passing_score": score.value if score else None,
        "passing_score_scale": score.scale.value if score else None,
        "pass_rate": rate.percent if rate else None,
        "pass_rate_year": rate.year if rate else None,
        "currency": core[0].currency.value if core else None,
        "exam_price_member": member.amount if member else None,
        "exam_price_member_is_lower_bound": _floor(member),
        "exam_price_non_member": non_member.amount if non_member else None,
        "exam_price_non_member_is_lower_bound": _floor(non_member),
        "lowest_price": lowest.amount if lowest else None,
        "lowest_price_is_lower_bound": _floor(lowest),
        "highest_price": highest.amount if highest else None,
        "highest_price_is_lower_bound": _floor(highest),
        "requirements_known": credential.requirements_known,
        "accredited_by": tuple(a.body for a in credential.accreditations),
        "sources": len(sources),
        "newest_source_date": max(dated, default=None),
        "newest_source_year": max(known_years, default=None),
    }


def _cheapest(prices: Iterable[Price]) -> Price | None:
    return min(prices, key=_amount, default=None)


def _amount(price: Price) -> Decimal:
    assert price.amount is not None
    return price.amount


def _floor(price: Price | None) -> bool | None:
    return None if price is None else price.bound is PriceBound.LOWER_BOUND
