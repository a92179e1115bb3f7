"""Side-by-side comparison of credentials, row by row, each cell with the sources behind it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

import attrs

from .catalog import Catalog, distinct
from .eligibility_rules import check_date
from .markets import Market, choose_market, prices_in
from .markup import Titled, html_table
from .plain import Plain
from .presentation import (
    NOT_REPORTED,
    cited,
    describe,
    duration_text,
    label,
    markdown_table,
    money,
    period_parts,
    short_repr,
)
from .presenters import present
from .records import Credential, Disagreement, Price, Requirement, Source, prices_in_force
from .vocabulary import Audience, PriceBound, PriceItem, TaxTreatment, checked_country

__all__ = ["DISPUTED", "Cell", "Comparison", "Row", "compare", "compare_records"]

DISPUTED = "†"


@attrs.frozen(kw_only=True)
class Cell(Plain):
    """What one credential says on one row, where that comes from, and who says otherwise.

    A cell with ``disagreements`` ends its text with ``†``: sources disagree about it.
    """

    text: str
    sources: tuple[Source, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return short_repr("Cell", self.text)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class Row(Plain):
    """One fact compared across the credentials, a cell each."""

    label: str
    cells: tuple[Cell, ...]

    def __repr__(self) -> str:
        return short_repr("Row", f"{self.label}: {' | '.join(cell.text for cell in self.cells)}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class Comparison(Plain):
    """Rows of facts, one column per credential; render with ``to_markdown`` or in a notebook."""

    credentials: tuple[Credential, ...]
    rows: tuple[Row, ...]
    # The market each credential's prices are shown for, with the markets left out.
    markets: tuple[Market, ...] = ()

    @property
    def elsewhere(self) -> tuple[str, ...]:
        """The other countries any credential compared has prices for, which the table leaves
        out: ``("JP",)`` for CSCS beside NASM-PES."""
        shown = {m.country for m in self.markets}
        return tuple(dict.fromkeys(c for m in self.markets for c in m.others if c not in shown))

    @property
    def market_notes(self) -> tuple[str, ...]:
        """Where a credential has no prices for the country asked: none are shown."""
        return tuple(note for m in self.markets if (note := m.note) is not None)

    @property
    def markets_text(self) -> str:
        """``Prices for the US.``: the one line that says whose prices the table shows."""
        countries = list(dict.fromkeys(m.country for m in self.markets if m.country))
        if not countries:
            return ""
        if len(countries) == 1:
            return f"Prices for {countries[0]}."
        return "Prices for " + ", ".join(f"{m.record}: {m.country}" for m in self.markets) + "."

    def __repr__(self) -> str:
        ids = ", ".join(c.id for c in self.credentials)
        return short_repr("Comparison", f"of {ids}: {len(self.rows)} rows")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)

    def row(self, label: str) -> Row:
        """The row with this label (case-insensitive)."""
        for row in self.rows:
            if row.label.casefold() == label.casefold():
                return row
        labels = ", ".join(row.label for row in self.rows)
        raise KeyError(f"no row {label!r}; rows: {labels}")

    def to_markdown(self) -> str:
        header = ["", *(c.id for c in self.credentials)]
        lines = [
            markdown_table(header, [[row.label, *(c.text for c in row.cells)] for row in self.rows])
        ]
        notes = [self.markets_text] if self.markets_text else []
        notes += list(self.market_notes)
        if self.elsewhere:
            notes.append(
                f"Also priced in {', '.join(self.elsewhere)}: "
                f"`compare(..., jurisdiction={self.elsewhere[0]!r})`."
            )
        if any(cell.disagreements for row in self.rows for cell in row.cells):
            notes.append(f"{DISPUTED} Sources disagree; see `Credential.conflicts()`.")
        if notes:
            lines += ["", *notes]
        return "\n".join(lines) + "\n"

    def to_dataframe(self) -> pd.DataFrame:
        """This result as a pandas DataFrame (needs the ``fitcerts[pandas]`` extra)."""
        frame: pd.DataFrame = present("dataframe", self)
        return frame

    def _repr_html_(self) -> str:
        return html_table(
            ["", *(c.id for c in self.credentials)],
            [
                [row.label, *(Titled(cell.text, cited(cell.sources)) for cell in row.cells)]
                for row in self.rows
            ],
            row_headers=True,
        )


def compare(
    catalog: Catalog,
    keys: Sequence[str | Credential],
    on: date | None = None,
    jurisdiction: str | None = None,
) -> Comparison:
    """Compare two or more distinct credentials; see :func:`fitcerts.compare`."""
    if len(keys) < 2:
        raise TypeError("compare needs at least two credentials")
    return compare_records(catalog.resolve_all(keys), on=on, jurisdiction=jurisdiction)


def compare_records(
    credentials: Sequence[Credential], on: date | None = None, jurisdiction: str | None = None
) -> Comparison:
    """Compare two or more distinct credential records (what-if copies included), with the
    prices in force ``on`` (default: today) of one market each: ``jurisdiction`` where
    given, else each credential's home market."""
    credentials = distinct(credentials)
    if len(credentials) < 2:
        raise TypeError("compare needs at least two credentials")
    day = check_date(on)
    place = None if jurisdiction is None else checked_country(jurisdiction)
    markets = [choose_market(c, place) for c in credentials]
    current = [_in_force(c, day, m) for c, m in zip(credentials, markets, strict=True)]
    shown = _ROWS + (_RENEWAL_ROW if any(map(_renews, credentials)) else ()) + _LAST_ROWS
    rows = tuple(
        Row(
            label=label,
            cells=tuple(
                _marked(describe(now), c, _current_paths(c, now, paths(c)))
                for c, now in zip(credentials, current, strict=True)
            ),
        )
        for label, describe, paths in shown
    )
    return Comparison(credentials=tuple(credentials), rows=rows, markets=tuple(markets))


def _in_force(credential: Credential, day: date, market: Market) -> Credential:
    """The credential as shown: only its prices of ``market`` in force on ``day``."""
    home = credential.organization.country
    prices = tuple(prices_in_force(prices_in(credential.prices, market.country, home), day))
    return credential if prices == credential.prices else attrs.evolve(credential, prices=prices)


def _current_paths(credential: Credential, shown_as: Credential, paths: Sequence[str]) -> list[str]:
    """The paths of a row, less the prices not shown (not in force, or of another market):
    their disagreements are not shown."""
    kept = []
    shown = {id(p) for p in shown_as.prices}
    for path in paths:
        if path.startswith("prices["):
            price = credential.prices[int(path[len("prices[") : path.index("]")])]
            if id(price) not in shown:
                continue
        kept.append(path)
    return kept


def _marked(cell: Cell, credential: Credential, paths: Sequence[str]) -> Cell:
    found = tuple(d for path in paths for d in credential.conflicts(path))
    if not found:
        return cell
    unique = tuple({id(d): d for d in found}.values())
    return attrs.evolve(cell, text=f"{cell.text} {DISPUTED}", disagreements=unique)


def _exam_cost(credential: Credential) -> Cell:
    prices = [p for p in credential.prices if p.pays_for.is_exam_cost]
    if not prices:
        return Cell(text=NOT_REPORTED, sources=credential.sources_for("prices"))
    tiered = [p for p in prices if p.tier is not None]
    if tiered:
        lowest = min((p for p in tiered if p.amount is not None), key=_amount, default=None)
        parts = [f"{p.tier_name or p.tier} {p}" for p in tiered]
        start = f"{_money_from(lowest)} " if lowest is not None else ""
        return Cell(text=f"{start}({', '.join(parts)})", sources=_sources_of(tiered))
    return Cell(text=", ".join(_with_audience(p) for p in prices), sources=_sources_of(prices))


def _study_materials(credential: Credential) -> Cell:
    prices = [p for p in credential.prices if p.pays_for is PriceItem.STUDY_MATERIALS]
    if not prices:
        return Cell(text=NOT_REPORTED, sources=credential.sources_for("prices"))
    texts = []
    for price in prices:
        text = _with_audience(price)
        texts.append(f"{text} ({price.note})" if price.note else text)
    return Cell(text=", ".join(texts), sources=_sources_of(prices))


def _prerequisites(credential: Credential) -> Cell:
    if not credential.requirements_known:
        return Cell(text=NOT_REPORTED, sources=credential.sources_for("requirements_known"))
    required = "; ".join(_requirement(r) for r in credential.required) or "none mandatory"
    text = f"Required: {required}"
    if credential.recommended:
        text += f". Recommended: {'; '.join(_requirement(r) for r in credential.recommended)}"
    sources = _sources_of(credential.requirements) or credential.sources_for("requirements_known")
    return Cell(text=text, sources=sources)


def _exam_length(credential: Credential) -> Cell:
    exam = credential.exam
    parts = []
    if exam.duration is not None:
        parts.append(duration_text(exam.duration))
    if exam.questions is not None:
        kind = f" {exam.question_format.value}" if exam.question_format else ""
        parts.append(f"{exam.questions}{kind} questions")
    if exam.sections:
        parts.append(f"sections: {', '.join(exam.sections)}")
    return Cell(text=", ".join(parts) or NOT_REPORTED, sources=credential.sources_for("exam"))


def _topics(credential: Credential) -> Cell:
    topics = credential.exam.topics
    return Cell(
        text=", ".join(topics) if topics else NOT_REPORTED,
        sources=credential.sources_for("exam.topics"),
    )


def _passing_score(credential: Credential) -> Cell:
    score = credential.exam.passing_score
    return Cell(
        text=str(score) if score else NOT_REPORTED,
        sources=credential.sources_for("exam.passing_score"),
    )


def _pass_rate(credential: Credential) -> Cell:
    rate = credential.exam.pass_rate
    return Cell(
        text=str(rate) if rate else NOT_REPORTED,
        sources=credential.sources_for("exam.pass_rates"),
    )


def _qualifications(credential: Credential) -> Cell:
    settings = [label(s) for s in credential.settings]
    return Cell(
        text=", ".join(settings) if settings else NOT_REPORTED,
        sources=credential.sources_for("settings"),
    )


def _price_paths(wanted: Callable[[Price], bool]) -> Callable[[Credential], list[str]]:
    def paths(credential: Credential) -> list[str]:
        return [f"prices[{i}]" for i, price in enumerate(credential.prices) if wanted(price)]

    return paths


def _fixed(*paths: str) -> Callable[[Credential], Sequence[str]]:
    return lambda credential: paths


_ROWS: tuple[
    tuple[str, Callable[[Credential], Cell], Callable[[Credential], Sequence[str]]], ...
] = (
    ("Exam cost", _exam_cost, _price_paths(lambda p: p.pays_for.is_exam_cost)),
    (
        "Study materials",
        _study_materials,
        _price_paths(lambda p: p.pays_for is PriceItem.STUDY_MATERIALS),
    ),
    ("Prerequisites", _prerequisites, _fixed("requirements", "requirements_known")),
    ("Exam length", _exam_length, _fixed("exam.duration", "exam.questions", "exam.sections")),
    ("Exam topics", _topics, _fixed("exam.topics")),
    ("Passing score", _passing_score, _fixed("exam.passing_score")),
)
# After the renewal row, where there is one: readers ask what it costs, who may sit, what the
# exam is and how it is kept before how many pass.
_LAST_ROWS: tuple[
    tuple[str, Callable[[Credential], Cell], Callable[[Credential], Sequence[str]]], ...
] = (
    ("Pass rate", _pass_rate, _fixed("exam.pass_rates")),
    ("Qualifications (settings)", _qualifications, _fixed("settings")),
)


def _amount(price: Price) -> Any:
    return price.amount


def _money_from(price: Price) -> str:
    assert price.amount is not None
    return f"{money(price.amount, price.currency)}+"


def _price_text(price: Price) -> str:
    """The price with what else a reader needs: tax, place, language, the period it holds for."""
    text = str(price)
    if price.tax is TaxTreatment.ADDED:
        text += " plus tax"
    elif price.tax is TaxTreatment.INCLUDED:
        text += " incl. tax"
    where = period_parts(price)  # the place is the table's market, said once below it
    return f"{text} [{', '.join(where)}]" if where else text


def _with_audience(price: Price) -> str:
    fee = {PriceItem.APPLICATION: "application fee "}.get(price.pays_for, "")
    if price.pays_for.is_renewal and price.pays_for is not PriceItem.RECERTIFICATION:
        fee = f"{label(price.pays_for)} "
    if price.bound is PriceBound.INCLUDED:
        return f"{fee}{_price_text(price)}"
    audience = {Audience.MEMBER: " (members)", Audience.NON_MEMBER: " (non-members)"}
    return f"{fee}{_price_text(price)}{audience.get(price.audience, '')}"


def _renews(credential: Credential) -> bool:
    return credential.recertification is not None or any(
        p.pays_for.is_renewal for p in credential.prices
    )


def _renewal(credential: Credential) -> Cell:
    renewal = credential.recertification
    parts: list[str] = []
    if renewal is not None:
        if renewal.cycle_years == 1:
            parts.append("every year")
        elif renewal.cycle_years is not None:
            parts.append(f"every {renewal.cycle_years} years")
        education = renewal.continuing_education
        if education is not None:
            issuer = f" ({education.from_issuer} from the issuer)" if education.from_issuer else ""
            parts.append(f"{education.amount} {education.unit}{issuer}")
        elif renewal.ceus is not None:
            parts.append(f"{renewal.ceus} CEUs")
        if renewal.grace_months:
            parts.append(f"{renewal.grace_months}-month grace period")
        if renewal.reexamination:
            parts.append("or pass the exam again")
    fees = [p for p in credential.prices if p.pays_for.is_renewal]
    parts += [
        f"fee {_with_audience(p)}" if p.pays_for is PriceItem.RECERTIFICATION else _with_audience(p)
        for p in fees
    ]
    sources = _sources_of(fees)
    if renewal is not None:
        sources = (*credential.sources_for("recertification"), *sources)
    unique = tuple({source.id: source for source in sources}.values())
    return Cell(text=", ".join(parts) or NOT_REPORTED, sources=unique or credential.sources)


def _requirement(requirement: Requirement) -> str:
    return requirement.description


def _sources_of(items: Sequence[Price | Requirement]) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for item in items:
        for source in item.sources:
            seen.setdefault(source.id, source)
    return tuple(seen.values())


# Shown when any credential compared says how it is renewed (release 2026.1 never does).
_RENEWAL_ROW: tuple[
    tuple[str, Callable[[Credential], Cell], Callable[[Credential], Sequence[str]]], ...
] = (("Renewal", _renewal, _fixed("recertification")),)
