"""How fitcerts writes values for people: money, price bounds, labels, durations, markdown,
short reprs and full descriptions (HTML tables are ``fitcerts.markup``'s).

Every rendering of these in the package comes from here, so ``$899+`` means the same thing in a
record, a cost breakdown, a comparison, the command line and an export.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from .plain import Referenced
from .vocabulary import Audience, Currency, PriceBound, PriceItem

__all__ = [
    "NOT_REPORTED",
    "REPR_WIDTH",
    "alternatives",
    "amount_text",
    "cited",
    "clip",
    "describe",
    "duration_text",
    "label",
    "markdown_cell",
    "markdown_table",
    "money",
    "price_text",
    "short_repr",
    "without_repeats",
]

# The one wording for a value no source gives, wherever fitcerts writes one.
NOT_REPORTED = "not reported"
# Reprs are one line of at most this many characters; ``describe()`` and ``str()`` say the rest.
REPR_WIDTH = 119


if TYPE_CHECKING:  # shapes for the type checker; a first lookup builds no Protocol class

    class _Dated(Protocol):
        @property
        def title(self) -> str: ...
        @property
        def dated_aside(self) -> str: ...

    class _Priced(Protocol):
        @property
        def pays_for(self) -> PriceItem: ...
        @property
        def audience(self) -> Audience: ...
        @property
        def tier(self) -> str | None: ...
        @property
        def tier_name(self) -> str | None: ...
        @property
        def jurisdiction(self) -> str | None: ...
        @property
        def language(self) -> str | None: ...
        @property
        def valid_from(self) -> date | None: ...
        @property
        def valid_until(self) -> date | None: ...
        @property
        def stated_in(self) -> int | None: ...


def period_parts(price: _Priced) -> list[str]:
    """``from 2024-01-01``, ``until 2026-12-31``, ``as stated in 2012``: when a price holds, as
    its pages state it."""
    parts = []
    if price.valid_from is not None:
        parts.append(f"from {price.valid_from.isoformat()}")
    if price.valid_until is not None:
        parts.append(f"until {price.valid_until.isoformat()}")
    if price.stated_in is not None:
        parts.append(f"as stated in {price.stated_in}")
    return parts


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
    return "; ".join(f"{source.title} {source.dated_aside}" for source in sources)


def markdown_cell(text: object) -> str:
    """Text that stays inside one markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown table, every cell escaped."""

    def line(cells: Sequence[object]) -> str:
        return "| " + " | ".join(markdown_cell(cell) for cell in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *map(line, rows)])


def price_text(price: _Priced) -> str:
    """``exam, member: $340``, ``exam: ¥49,300 [JP, ja]``: what a price pays for, for whom, in
    which tier, where and when, and its amount as :func:`amount_text` writes it."""
    what = [label(price.pays_for)]
    if price.audience is not Audience.ANYONE:
        what.append(price.audience.value)  # "non-member": the hyphen is part of the word
    if price.tier is not None:
        what.append(price.tier_name or price.tier)
    where = [part for part in (price.jurisdiction, price.language) if part]
    where += period_parts(price)
    place = f" [{', '.join(where)}]" if where else ""
    return f"{', '.join(what)}: {price}{place}"


def alternatives(texts: Sequence[str]) -> str:
    """``a or b``, saying once a note in parentheses that every alternative ends with:
    ``a fitness credential or a bachelor's degree (said to help, not required)``."""
    start = texts[0].rfind(" (") if len(texts) > 1 and texts[0].endswith(")") else -1
    note = texts[0][start:] if start > 0 else ""
    if note and all(text.endswith(note) and len(text) > len(note) for text in texts):
        return " or ".join(text[: -len(note)] for text in texts) + note
    return " or ".join(texts)


def without_repeats(texts: Iterable[str]) -> list[str]:
    """``texts`` in order, each once: a reason never says the same thing twice."""
    return list(dict.fromkeys(texts))


# --- reprs and descriptions ----------------------------------------------------------------------


def clip(text: object, width: int) -> str:
    """``text`` on one line (every run of whitespace, line breaks included, one space), cut to
    ``width`` characters with ``…`` where it is longer."""
    flat = " ".join(str(text).split())
    if len(flat) <= width:
        return flat
    return flat[: max(width - 1, 0)].rstrip() + "…"


def short_repr(kind: str, text: object, keep: object = "") -> str:
    """``<Kind text keep>``: one line of at most :data:`REPR_WIDTH` characters.

    ``text`` is cut to fit; ``keep`` (a closing part such as an organization's id) is kept
    whole unless it is itself long, so the part that tells records apart survives.
    """
    tail = clip(keep, 30)
    room = REPR_WIDTH - len(kind) - 3 - (len(tail) + 1 if tail else 0)
    parts = [kind, clip(text, room), tail]
    return f"<{' '.join(part for part in parts if part)}>"


def describe(value: object) -> str:
    """A record or result in full: its repr, then every field that holds a value, one a line,
    nested records indented and list items marked ``-``. A record that others hold by
    reference (a source, an organization) is written as its id; fields left out are not
    reported or do not apply."""
    return "\n".join([repr(value), *_described(value, "  ")])


def _described(value: Any, indent: str) -> Iterator[str]:
    for field in attrs.fields(type(value)):
        name = field.name.lstrip("_")
        yield from _field_lines(name, getattr(value, field.name), indent)


def _field_lines(name: str, value: Any, indent: str) -> Iterator[str]:
    if value is None or value == () or value == frozenset():
        return
    if isinstance(value, tuple) and attrs.has(type(value[0])) and not _is_ref(value[0]):
        yield f"{indent}{name}:"
        for item in value:
            lines = list(_described(item, indent + "    "))
            if lines:
                yield f"{indent}  - {lines[0].lstrip()}"
                yield from lines[1:]
        return
    if attrs.has(type(value)) and not _is_ref(value):
        yield f"{indent}{name}:"
        yield from _described(value, indent + "  ")
        return
    yield f"{indent}{name}: {_value_text(value)}"


def _is_ref(value: object) -> bool:
    return isinstance(value, Referenced)


def _value_text(value: Any) -> str:
    if isinstance(value, Referenced):
        return value.id
    if isinstance(value, (tuple, frozenset)):
        items = sorted(value, key=str) if isinstance(value, frozenset) else value
        return ", ".join(_value_text(item) for item in items)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return duration_text(value)
    return " ".join(str(value).split())
