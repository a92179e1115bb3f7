"""How fitcerts writes values for people: money, price bounds, labels, durations, markdown.

Every rendering of these in the package comes from here, so ``$899+`` means the same thing in a
record, a cost breakdown, a comparison, the command line and an export.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Protocol

from .vocabulary import Currency, PriceBound, PriceItem

__all__ = [
    "NOT_REPORTED",
    "amount_text",
    "cited",
    "duration_text",
    "label",
    "markdown_cell",
    "markdown_table",
    "money",
]

NOT_REPORTED = "not reported"


class _Dated(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def dated(self) -> str: ...


def money(amount: Decimal, currency: Currency) -> str:
    """``$1,340``, ``£300``, ``¥49,300``, ``CA$12.50``: an amount with its currency's symbol and
    thousands separators; whole amounts without decimals, others to the currency's minor unit."""
    places = currency.minor_units
    if places == 0 or amount == amount.to_integral_value():
        return f"{currency.symbol}{amount.quantize(Decimal(1)):,}"
    return f"{currency.symbol}{amount:,.{places}f}"


def amount_text(
    amount: Decimal | None,
    currency: Currency,
    bound: PriceBound,
    included_in: PriceItem | None = None,
) -> str:
    """A price as people read it; the four bounds never look alike.

    ``$899`` exact, ``$899+`` a lower bound, ``about $65`` approximate, ``included in exam``
    (with its share where known), ``not reported``.
    """
    if bound is PriceBound.INCLUDED:
        what = label(included_in) if included_in is not None else "another price"
        share = f"{money(amount, currency)}, " if amount is not None else ""
        return f"{share}included in {what}"
    if amount is None:
        return NOT_REPORTED
    if bound is PriceBound.APPROXIMATE:
        return f"about {money(amount, currency)}"
    plus = "+" if bound is PriceBound.LOWER_BOUND else ""
    return f"{money(amount, currency)}{plus}"


def label(member: enum.Enum) -> str:
    """An enumerated value as words: ``PriceItem.STUDY_MATERIALS`` -> ``study materials``."""
    return str(member.value).replace("-", " ")


def duration_text(duration: timedelta) -> str:
    """``4 h``, ``1 h 30 min``, ``45 min``: how people write exam lengths."""
    hours, minutes = divmod(int(duration.total_seconds()) // 60, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def cited(sources: Iterable[_Dated]) -> str:
    """``Title (2025-01-02); Other (2024)``: sources as a reader checks them."""
    return "; ".join(f"{source.title} ({source.dated})" for source in sources)


def markdown_cell(text: object) -> str:
    """Text that stays inside one markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown table, every cell escaped."""

    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(markdown_cell(cell) for cell in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *map(line, rows)])
