"""The record types of the catalog: immutable, typed, each able to say where its facts come from."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

import attrs

from .countries import COUNTRY_CODES
from .plain import Plain, Referenced, leaves
from .presentation import (
    NOT_REPORTED,
    alternatives,
    amount_text,
    cited,
    duration_text,
    label,
    price_text,
    short_repr,
)
from .presentation import describe as _describe
from .vocabulary import (
    AssessmentFormat,
    Audience,
    CareerSetting,
    ConditionKind,
    CredentialKind,
    Currency,
    EarningMethod,
    Education,
    ExamDelivery,
    GapField,
    GapReason,
    OrganizationType,
    PassRatePopulation,
    PriceBound,
    PriceItem,
    QuestionFormat,
    RequirementLevel,
    ScoreScale,
    SourceKind,
    TaxTreatment,
)

__all__ = [
    "CONDITION_EXTRAS",
    "CONDITION_VALUE",
    "RECORD_TYPES",
    "Accreditation",
    "AssessmentPart",
    "Citation",
    "Condition",
    "ContinuingEducation",
    "Credential",
    "Disagreement",
    "Exam",
    "Gap",
    "MembershipTier",
    "Organization",
    "PassRate",
    "PassingScore",
    "Price",
    "Recertification",
    "Requirement",
    "Source",
    "prices_in_force",
]


# --- provenance ----------------------------------------------------------------------------------


def _tuple(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Collections are tuples, so no caller can change a record through one."""
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")


def _non_empty(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _tuple(instance, attribute, value)
    if not value:
        raise ValueError(f"{attribute.name} must not be empty")


@attrs.frozen(kw_only=True)
class Source(Referenced):
    """A document a fact was taken from, with the date it states so readers can judge freshness."""

    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    as_of: date | None = None  # a day the page states
    year: int | None = None  # or only a year ...
    month: int | None = None  # ... or a month of that year
    date_note: str | None = None  # why a date the page implies but does not print was chosen
    kind: SourceKind

    @property
    def dated(self) -> str:
        """The date the source states, as precisely as it states it, or ``"undated"``."""
        if self.as_of is not None:
            text = self.as_of.isoformat()
        elif self.year is not None and self.month is not None:
            text = f"{self.year}-{self.month:02d}"
        elif self.year is not None:
            text = str(self.year)
        else:
            return "undated"
        return f"{text} (implied)" if self.date_note else text

    @property
    def dated_aside(self) -> str:
        """The date as written in parentheses after a title: ``(2025, implied)``, not
        ``(2025 (implied))``."""
        return f"({self.dated.replace(' (implied)', ', implied')})"

    def __repr__(self) -> str:
        return short_repr("Source", f"{self.id}: {self.title}", self.dated_aside)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)

    @property
    def latest_day(self) -> date | None:
        """The last day the stated date can mean (a year's 31 December, a month's last day), so
        a page is never judged older than it is; ``None`` when undated."""
        if self.as_of is not None:
            return self.as_of
        if self.year is None:
            return None
        if self.month is None or self.month == 12:
            return date(self.year, 12, 31)
        return date(self.year, self.month + 1, 1) - timedelta(days=1)


@attrs.frozen(kw_only=True)
class Citation(Plain):
    """Sources backing one field path of a record, overriding the record's own sources there."""

    path: str
    sources: tuple[Source, ...] = attrs.field(validator=_tuple)

    def __repr__(self) -> str:
        return short_repr("Citation", f"{self.path}: {', '.join(s.id for s in self.sources)}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


class _Sourced:
    """Field-level provenance shared by credentials and organizations."""

    __slots__ = ()

    sources: tuple[Source, ...]
    citations: tuple[Citation, ...]

    def sources_for(self, path: str) -> tuple[Source, ...]:
        """The sources backing the value at ``path`` (e.g. ``"exam.questions"``, ``"prices[0]"``).

        The most specific provenance wins: an item that carries its own sources, then the longest
        cited path that contains ``path``, then the record's own sources.
        """
        from .field_paths import covers  # a first lookup walks no path

        item_sources = self._walk(path)
        if item_sources:
            return item_sources
        best: Citation | None = None
        for citation in self.citations:
            if covers(citation.path, path) and (
                best is None or len(citation.path) > len(best.path)
            ):
                best = citation
        if best is not None:
            return best.sources
        items = self._value(path)
        if isinstance(items, tuple) and items and attrs.has(type(items[0])):
            # a list as a whole (exam.parts, prices): what backs each of its items
            union: dict[str, Source] = {}
            for index in range(len(items)):
                for source in self.sources_for(f"{path}[{index}]"):
                    union.setdefault(source.id, source)
            return tuple(union.values())
        return self.sources

    def _value(self, path: str) -> Any:
        from .field_paths import split_path, step

        parts = split_path(path)
        value: Any = self
        for depth, part in enumerate(parts):
            value = step(value, part, parts[: depth + 1], path)
        return value

    def conflicts(self, path: str | None = None) -> tuple[Disagreement, ...]:
        """Values other sources give that the record did not choose (for ``path``, or all)."""
        from .field_paths import covers  # a first lookup walks no path

        found: tuple[Disagreement, ...] = getattr(self, "disagreements", ())
        if path is None:
            return found
        self._walk(path)
        return tuple(d for d in found if covers(path, d.path) or covers(d.path, path))

    def _walk(self, path: str) -> tuple[Source, ...]:
        """Check that ``path`` leads to a value; the sources of the innermost item carrying its
        own (a price, a requirement), or ``()``."""
        from .field_paths import split_path, step  # a first lookup walks no path

        parts = split_path(path)
        value: Any = self
        item_sources: tuple[Source, ...] = ()
        for depth, part in enumerate(parts):
            value = step(value, part, parts[: depth + 1], path)
            own = getattr(value, "sources", None)
            if isinstance(own, tuple) and attrs.has(type(value)):
                item_sources = own
        return item_sources

    def all_sources(self) -> tuple[Source, ...]:
        """Every distinct source the record cites anywhere, in first-cited order."""
        seen: dict[str, Source] = {}
        for source in _walk_sources(self, self):
            seen.setdefault(source.id, source)
        return tuple(seen.values())

    def fact_ages(self, *, on: date | None = None) -> tuple[FactAge, ...]:
        """Every value the record reports with its newest source, judged on ``on`` (default:
        today) by the dates the sources state, not by the release that holds them."""
        day = check_date(on)
        found = []
        for path, value in leaves(self):
            # values not chosen are not the record's facts; ids and aliases are fitcerts' own
            # gaps are the absence of a value, explained: nothing there to date
            if path.startswith(("disagreements", "aliases", "gaps")) or path == "id":
                continue
            sources = self.sources_for(path)
            dated = [s for s in sources if s.latest_day is not None]
            newest = max(dated, key=_latest, default=None)
            found.append(
                FactAge(
                    record=str(getattr(self, "id", "")),
                    path=path,
                    value=value,
                    newest=newest,
                    sources=sources,
                    years=None if newest is None else _years_between(_latest(newest), day),
                )
            )
        return tuple(found)

    def stale(self, older_than: float = 5, *, on: date | None = None) -> tuple[FactAge, ...]:
        """The values whose newest source is older than ``older_than`` years on ``on`` (default:
        today), and those whose sources are all undated (their age is not known)."""
        if isinstance(older_than, bool) or not isinstance(older_than, (int, float)):
            raise TypeError(f"older_than must be a number of years, not {older_than!r}")
        if not 0 <= older_than <= 200:
            raise ValueError(f"older_than must be 0 to 200 years, not {older_than}")
        return tuple(
            fact for fact in self.fact_ages(on=on) if fact.years is None or fact.years > older_than
        )


@attrs.frozen(kw_only=True)
class FactAge(Plain):
    """How old one reported value is: the newest of its sources, and its age in years
    (``None``: every source is undated)."""

    record: str
    path: str
    value: str
    newest: Source | None
    sources: tuple[Source, ...]
    years: float | None

    def __str__(self) -> str:
        when = "undated sources" if self.newest is None else f"newest source {self.newest.dated}"
        age = "" if self.years is None else f", {self.years:.1f} years old"
        return f"{self.record} {self.path}: {when}{age}"

    def __repr__(self) -> str:
        age = "undated" if self.years is None else f"{self.years:.1f} years"
        return short_repr("FactAge", f"{self.record} {self.path}", age)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


def _latest(source: Source) -> date:
    day = source.latest_day
    assert day is not None
    return day


def _years_between(start: date, end: date) -> float:
    return round((end - start).days / 365.25, 2)


def check_date(on: date | None) -> date:
    """``on``, or today; anything but a date is a :class:`TypeError`."""
    if on is None:
        return date.today()
    if isinstance(on, datetime) or not isinstance(on, date):
        raise TypeError(f"on must be a datetime.date, not {type(on).__name__}")
    return on


def _walk_sources(value: Any, top: object) -> Iterator[Source]:
    if isinstance(value, Source):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk_sources(item, top)
    elif attrs.has(type(value)) and (value is top or not isinstance(value, _Sourced)):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            yield from _walk_sources(getattr(value, field.name), top)


# A practical subset of BCP 47 language tags (countries are checked against ISO 3166-1's list).
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and value in COUNTRY_CODES):
        raise ValueError(f"{attribute.name} must be an ISO 3166-1 code such as 'GB', not {value!r}")


def _language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and _LANGUAGE.fullmatch(value)):
        raise ValueError(f"{attribute.name} must be a BCP 47 tag such as 'ja', not {value!r}")


def _languages(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _tuple(instance, attribute, value)
    for tag in cast("tuple[object, ...]", value):
        _language(instance, attribute, tag)


def _check_period(instance: Price | Requirement, start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValueError(f"a period cannot end ({end}) before it starts ({start})")


# --- records -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Organization(_Sourced, Referenced):
    """A body that issues credentials."""

    id: str
    name: str
    abbreviation: str
    founded: int | None = None
    type: OrganizationType | None = None
    headquarters: str | None = None
    country: str | None = attrs.field(default=None, validator=_country)  # of its headquarters
    website: str | None = None
    description: str
    prices: tuple[Price, ...] = attrs.field(default=(), validator=_tuple)
    memberships: tuple[MembershipTier, ...] = attrs.field(default=(), validator=_tuple)
    disagreements: tuple[Disagreement, ...] = attrs.field(default=(), validator=_tuple)
    gaps: tuple[Gap, ...] = attrs.field(default=(), validator=_tuple)  # why values are missing
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)
    citations: tuple[Citation, ...] = attrs.field(default=(), validator=_tuple)

    def __repr__(self) -> str:
        return short_repr("Organization", f"{self.id}: {self.name}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)

    @property
    def membership_fees(self) -> tuple[Price, ...]:
        """What joining costs, where a source says; empty when no source does.

        The fees of the membership tiers where the release describes tiers, else the
        organization's own membership prices.
        """
        if self.memberships:
            return tuple(
                price
                for tier in self.memberships
                for price in tier.prices
                if price.pays_for is PriceItem.MEMBERSHIP
            )
        return tuple(p for p in self.prices if p.pays_for is PriceItem.MEMBERSHIP)


@attrs.frozen(kw_only=True)
class MembershipTier(Plain):
    """One way of belonging to an organization (student, professional, ...): its fees, and what a
    member must be to hold it (a student tier: full-time enrolment)."""

    id: str
    name: str
    prices: tuple[Price, ...] = attrs.field(default=(), validator=_tuple)
    requirements: tuple[Requirement, ...] = attrs.field(default=(), validator=_tuple)
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __repr__(self) -> str:
        fees = ", ".join(str(price) for price in self.prices)
        return short_repr("MembershipTier", f"{self.id}: {self.name}" + (f", {fees}" * bool(fees)))

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class PassingScore(Plain):
    """The score that passes; 70 on a scaled score is not 70 percent correct."""

    value: Decimal
    scale: ScoreScale

    def __str__(self) -> str:
        return f"{self.value}%" if self.scale is ScoreScale.PERCENT else f"{self.value} (scaled)"

    def __repr__(self) -> str:
        return short_repr("PassingScore", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class PassRate(Plain):
    """The share of candidates who passed in one year; each year is a fact of its own."""

    percent: Decimal
    year: int
    population: PassRatePopulation = PassRatePopulation.NOT_STATED

    def __str__(self) -> str:
        who = {PassRatePopulation.FIRST_TIME: ", first-time", PassRatePopulation.ALL: ", all"}
        return f"{self.percent}% ({self.year}{who.get(self.population, '')})"

    def __repr__(self) -> str:
        return short_repr("PassRate", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class AssessmentPart(Plain):
    """A part of the assessment that is not the multiple-choice exam: a practical coaching
    assessment, a case study, ... with its own format and length."""

    name: str
    format: AssessmentFormat
    duration: timedelta | None = None
    description: str | None = None

    def __str__(self) -> str:
        length = f", {duration_text(self.duration)}" if self.duration is not None else ""
        return f"{self.name} ({label(self.format)}{length})"

    def __repr__(self) -> str:
        return short_repr("AssessmentPart", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class Exam(Plain):
    """The exam as the sources describe it; ``None`` and empty mean not reported."""

    questions: int | None = None
    scored_questions: int | None = None
    unscored_questions: int | None = None
    question_format: QuestionFormat | None = None
    duration: timedelta | None = None
    passing_score: PassingScore | None = None
    pass_rates: tuple[PassRate, ...] = attrs.field(default=(), validator=_tuple)
    topics: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    sections: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    delivery: tuple[ExamDelivery, ...] = attrs.field(default=(), validator=_tuple)
    languages: tuple[str, ...] = attrs.field(default=(), validator=_languages)
    parts: tuple[AssessmentPart, ...] = attrs.field(default=(), validator=_tuple)

    @property
    def pass_rate(self) -> PassRate | None:
        """The latest year's pass rate, or ``None`` when no source reports one."""
        return max(self.pass_rates, key=lambda rate: rate.year, default=None)

    def __str__(self) -> str:
        """``220 multiple-choice questions, 4 h, passing 70 (scaled), pass rate 39% (2025)``."""
        parts = []
        if self.questions is not None:
            kind = f" {self.question_format.value}" if self.question_format else ""
            parts.append(f"{self.questions}{kind} questions")
        if self.duration is not None:
            parts.append(duration_text(self.duration))
        if self.passing_score is not None:
            parts.append(f"passing {self.passing_score}")
        if self.pass_rate is not None:
            parts.append(f"pass rate {self.pass_rate}")
        parts += [f"{part.name} ({label(part.format)})" for part in self.parts]
        return ", ".join(parts) or NOT_REPORTED

    def __repr__(self) -> str:
        return short_repr("Exam", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


_PRICED = (PriceBound.EXACT, PriceBound.LOWER_BOUND, PriceBound.APPROXIMATE)


def _check_price(instance: Price, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_period(instance, instance.valid_from, instance.valid_until)
    if instance.stated_in is not None:
        if isinstance(instance.stated_in, bool) or not isinstance(instance.stated_in, int):
            raise TypeError(f"stated_in must be a year, not {instance.stated_in!r}")
        if not 1900 <= instance.stated_in <= 2100:
            raise ValueError(
                f"stated_in must be a year from 1900 to 2100, not {instance.stated_in}"
            )
        if instance.valid_from is not None or instance.valid_until is not None:
            raise ValueError("a price states its period or the year it was stated in, not both")
    if instance.bound in _PRICED and instance.amount is None:
        raise ValueError(f"a price with bound {instance.bound.value!r} needs an amount")
    if instance.bound is PriceBound.NOT_REPORTED and instance.amount is not None:
        raise ValueError(f"a price with bound {instance.bound.value!r} cannot have an amount")
    if instance.amount is not None and instance.amount < 0:
        raise ValueError(f"a price cannot be negative: {instance.amount}")
    if (instance.bound is PriceBound.INCLUDED) != (instance.included_in is not None):
        raise ValueError("included_in is given exactly when the bound is 'included'")


@attrs.frozen(kw_only=True)
class Price(Plain):
    """One price fact. ``bound`` says whether ``amount`` is exact, a floor, included or unknown.

    An included price may state its amount (a $25 application fee credited toward the exam fee):
    the amount is already part of the other price, so totals never add it again.
    """

    pays_for: PriceItem
    amount: Decimal | None = None
    currency: Currency = Currency.USD
    audience: Audience = Audience.ANYONE
    tier: str | None = None
    tier_name: str | None = None
    bound: PriceBound = attrs.field(validator=_check_price)
    included_in: PriceItem | None = None
    tax: TaxTreatment = TaxTreatment.NOT_STATED
    jurisdiction: str | None = attrs.field(default=None, validator=_country)
    language: str | None = attrs.field(default=None, validator=_language)
    valid_from: date | None = None
    valid_until: date | None = None
    # The year a page stated a fee whose period no page states: known to hold that year only,
    # and after it the last published figure, never today's price.
    stated_in: int | None = None
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __str__(self) -> str:
        return amount_text(self.amount, self.currency, self.bound, self.included_in)

    def __repr__(self) -> str:
        return short_repr("Price", price_text(self))

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)

    def applies(self, *, on: date | None = None, jurisdiction: str | None = None) -> bool:
        """In force on ``on`` (always, when not given) and in ``jurisdiction`` (any place, when
        not given; a price for no place applies everywhere, a price for a place only there)."""
        if on is not None:
            if self.valid_from is not None and on < self.valid_from:
                return False
            if self.valid_until is not None and on > self.valid_until:
                return False
            if self.stated_in is not None and on.year != self.stated_in:
                return False
        return jurisdiction is None or self.jurisdiction in (None, jurisdiction)

    @property
    def dated(self) -> bool:
        """Whether a page states when the price holds (a period or the year it was stated)."""
        return not (self.valid_from is None and self.valid_until is None and self.stated_in is None)

    @property
    def slot(self) -> tuple[object, ...]:
        """What the price is a price of: at most one price a slot is in force on any day."""
        return (
            self.pays_for,
            self.audience,
            self.tier,
            self.currency,
            self.jurisdiction,
            self.language,
        )

    @property
    def ends(self) -> date | None:
        """The last day the price is known to hold (``None``: open-ended), so the newest of
        fees no longer in force can be told: the last published one."""
        if self.stated_in is not None:
            return date(self.stated_in, 12, 31)
        return self.valid_until


def prices_in_force(
    prices: Iterable[Price], on: date, jurisdiction: str | None = None
) -> list[Price]:
    """The prices in force on ``on`` in ``jurisdiction`` (``None``: each in its own place), in
    data order. A price no page dates (a current fee read on an undated page) gives way, for
    the period a dated price of the same slot states, to that price: the page that says when
    a fee held is the more specific, and the undated fee is taken to have started after it."""
    found = [p for p in prices if p.applies(on=on, jurisdiction=jurisdiction)]
    if len(found) < 2:
        return found
    undated = [
        p for p in found if p.valid_from is None and p.valid_until is None and p.stated_in is None
    ]
    if not undated or len(undated) == len(found):  # most days: nothing gives way
        return found
    open_ended = {id(p) for p in undated}
    slots = {p.slot for p in found if id(p) not in open_ended}
    return [p for p in found if id(p) not in open_ended or p.slot not in slots]


@attrs.frozen(kw_only=True)
class Condition(Plain):
    """One checkable fact about a candidate; which field matters depends on ``kind``.

    ``ALL_OF`` groups conditions that must hold together ("a master's degree and 480 hours of
    applied experience"), so a requirement can offer such a group as one alternative.
    """

    kind: ConditionKind
    minimum_age: int | None = None
    education: Education | None = None
    credentials: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    or_similar: bool = False
    hours: int | None = None
    years: int | None = None
    accreditors: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    organization: str | None = None
    tier: str | None = None
    all_of: tuple[Condition, ...] = attrs.field(default=(), validator=_tuple)
    description: str

    def __attrs_post_init__(self) -> None:
        value = CONDITION_VALUE[self.kind]
        if value and getattr(self, value) in (None, ()):
            raise ValueError(f"a {self.kind.value!r} condition is missing its {value}")

    def __repr__(self) -> str:
        return short_repr("Condition", f"{self.kind.value}: {self.description}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


# The field that carries each kind of condition's value ("" when the kind needs none).
CONDITION_VALUE = {
    ConditionKind.MINIMUM_AGE: "minimum_age",
    ConditionKind.EDUCATION: "education",
    ConditionKind.COLLEGE_SENIOR: "",
    ConditionKind.CPR_AED: "",
    ConditionKind.FIRST_AID: "",
    ConditionKind.CREDENTIAL: "credentials",
    ConditionKind.INTERNSHIP_HOURS: "hours",
    ConditionKind.EXPERIENCE_HOURS: "hours",
    ConditionKind.EXPERIENCE_YEARS: "years",
    ConditionKind.ACCREDITED_PROGRAM: "accreditors",
    ConditionKind.MEMBERSHIP: "organization",
    ConditionKind.STUDENT: "",
    ConditionKind.ALL_OF: "all_of",
    ConditionKind.OTHER: "",
}
# Fields a kind of condition may use beside its value (a membership may name a tier).
CONDITION_EXTRAS = {ConditionKind.MEMBERSHIP: ("tier",)}


@attrs.frozen(kw_only=True)
class Requirement(Plain):
    """A condition set met when any one of ``any_of`` holds (``"a CPT or a four-year degree"``)."""

    level: RequirementLevel
    any_of: tuple[Condition, ...] = attrs.field(validator=_non_empty)
    effective_from: date | None = None
    effective_until: date | None = None
    jurisdiction: str | None = attrs.field(default=None, validator=_country)  # only there
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __attrs_post_init__(self) -> None:
        _check_period(self, self.effective_from, self.effective_until)

    @property
    def description(self) -> str:
        return " or ".join(condition.description for condition in self.any_of)

    def __str__(self) -> str:
        """``required from 2030-01-01 for candidates in US: a bachelor's degree ...``."""
        when = f" from {self.effective_from.isoformat()}" if self.effective_from else ""
        when += f" until {self.effective_until.isoformat()}" if self.effective_until else ""
        when += f" for candidates in {self.jurisdiction}" if self.jurisdiction else ""
        return f"{self.level.value}{when}: {alternatives([c.description for c in self.any_of])}"

    def __repr__(self) -> str:
        return short_repr("Requirement", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)

    def in_force(self, on: date) -> bool:
        """Whether the rule applies on ``on``: from ``effective_from`` to ``effective_until``."""
        if self.effective_from is not None and on < self.effective_from:
            return False
        return self.effective_until is None or on <= self.effective_until


@attrs.frozen(kw_only=True)
class Accreditation(Plain):
    """Recognition of a credential by an accrediting body (NCCA, say), since when if known."""

    body: str
    since: date | None = None
    year: int | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __str__(self) -> str:
        since = self.since.isoformat() if self.since is not None else self.year
        return f"{self.body} since {since}" if since is not None else self.body

    def __repr__(self) -> str:
        return short_repr("Accreditation", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class ContinuingEducation(Plain):
    """Continuing education a renewal cycle asks for, in the organization's own unit and, where
    the source defines that unit, in hours (NSCA: 0.1 CEU per hour)."""

    amount: Decimal
    unit: str
    hours: Decimal | None = None
    from_issuer: Decimal | None = None  # the least of ``amount`` that must come from the issuer

    def __str__(self) -> str:
        """``6.0 CEU (60 h, 2.0 from the issuer)``."""
        notes = [f"{self.hours} h"] if self.hours is not None else []
        notes += [f"{self.from_issuer} from the issuer"] if self.from_issuer is not None else []
        return f"{self.amount} {self.unit}" + (f" ({', '.join(notes)})" if notes else "")

    def __repr__(self) -> str:
        return short_repr("ContinuingEducation", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class Recertification(Plain):
    """What keeping the credential takes; its fees are prices that pay for recertification
    (with late fees and reinstatement).

    ``cycle_years`` is 1 for an annual renewal. ``ceus`` is the older, unit-less count of releases
    before 2026.3; ``continuing_education`` says the unit.
    """

    expires: bool | None = None  # False: held for life, nothing to renew (None: not stated)
    cycle_years: int | None = None
    ceus: Decimal | None = None
    continuing_education: ContinuingEducation | None = None
    grace_months: int | None = None
    reexamination: bool | None = None  # passing the exam again renews instead
    requires_cpr_aed: bool | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        renews = (self.cycle_years, self.ceus, self.continuing_education, self.grace_months)
        if self.expires is False and any(part is not None for part in renews):
            raise ValueError("a credential that does not expire has no renewal cycle")

    def __str__(self) -> str:
        """``every 3 years, 6.0 CEU, 3-month grace period, or pass the exam again``."""
        if self.expires is False:
            return "does not expire"
        parts = []
        if self.cycle_years is not None:
            every = "year" if self.cycle_years == 1 else f"{self.cycle_years} years"
            parts.append(f"every {every}")
        if self.continuing_education is not None:
            parts.append(str(self.continuing_education))
        elif self.ceus is not None:
            parts.append(f"{self.ceus} CEUs")
        if self.grace_months:
            parts.append(f"{self.grace_months}-month grace period")
        if self.requires_cpr_aed:
            parts.append("current CPR/AED")
        if self.reexamination:
            parts.append("or pass the exam again")
        return ", ".join(parts) or NOT_REPORTED

    def __repr__(self) -> str:
        return short_repr("Recertification", self)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class Disagreement(Plain):
    """A value another source gives for ``path`` that the record did not choose, and why."""

    path: str
    value: str
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __str__(self) -> str:
        return f"{self.path}: {self.value} according to {cited(self.sources)}"

    def __repr__(self) -> str:
        return short_repr("Disagreement", f"{self.path}: {self.value}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class Gap(Plain):
    """Why a value people ask for first is missing, so "unknown" says what kind of unknown.

    ``not-published``: the organization says it does not publish it (its statement is a source).
    ``not-found``: no page in the sources searched states it; ``searched`` says where we looked,
    so a maintainer knows where to look next. ``not-applicable``: there is no such value (a
    course with no exam has no question count).
    """

    field: GapField
    reason: GapReason
    note: str
    searched: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    searched_on: date | None = None
    sources: tuple[Source, ...] = attrs.field(default=(), validator=_tuple)

    def __attrs_post_init__(self) -> None:
        if self.reason is GapReason.NOT_PUBLISHED and not self.sources:
            raise ValueError("a gap the organization does not publish cites its statement")
        if self.reason is GapReason.NOT_FOUND and not self.searched:
            raise ValueError("a gap not found in the sources says what was searched")

    def __str__(self) -> str:
        why = {
            GapReason.NOT_PUBLISHED: "not published by the organization",
            GapReason.NOT_FOUND: "not found in the sources searched",
            GapReason.NOT_APPLICABLE: "not applicable",
        }[self.reason]
        return f"{label(self.field)}: {why} ({self.note})"

    def __repr__(self) -> str:
        return short_repr("Gap", f"{self.field.value}: {self.reason.value}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)


@attrs.frozen(kw_only=True)
class Credential(_Sourced, Referenced):
    """A credential: what it is, who issues it, how it is earned, what it costs and requires."""

    id: str
    name: str
    organization: Organization
    kind: CredentialKind
    aliases: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    description: str
    settings: tuple[CareerSetting, ...] = attrs.field(default=(), validator=_tuple)
    earned_by: EarningMethod | None = None
    exam: Exam = attrs.field(factory=Exam)
    prices: tuple[Price, ...] = attrs.field(default=(), validator=_tuple)
    requirements_known: bool = False
    requirements: tuple[Requirement, ...] = attrs.field(default=(), validator=_tuple)
    expected_knowledge: tuple[str, ...] = attrs.field(default=(), validator=_tuple)
    preferred_for: tuple[CareerSetting, ...] = attrs.field(default=(), validator=_tuple)
    established: int | None = None
    accreditations: tuple[Accreditation, ...] = attrs.field(default=(), validator=_tuple)
    recertification: Recertification | None = None
    disagreements: tuple[Disagreement, ...] = attrs.field(default=(), validator=_tuple)
    gaps: tuple[Gap, ...] = attrs.field(default=(), validator=_tuple)  # why values are missing
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)
    citations: tuple[Citation, ...] = attrs.field(default=(), validator=_tuple)

    @property
    def required(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.level is RequirementLevel.REQUIRED)

    @property
    def recommended(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.level is RequirementLevel.RECOMMENDED)

    def __repr__(self) -> str:
        return short_repr("Credential", f"{self.id}: {self.name}", f"({self.organization.id})")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return _describe(self)

    def _repr_html_(self) -> str:
        """The credential's main facts as a table for a notebook; hover a value for its sources."""
        from .markup import Titled, html_table  # a first lookup never pays for HTML

        def fact(name: str, text: object, path: str) -> tuple[str, Titled]:
            return name, Titled(text, cited(self.sources_for(path)))

        kind = label(self.kind) + (f", {label(self.earned_by)}" if self.earned_by else "")
        renewal = self.recertification
        issuer = f"{self.organization.name} ({self.organization.id})"
        rows = [
            fact("Organization", issuer, "organization"),
            fact("Kind", kind, "kind"),
            fact("Settings", ", ".join(map(label, self.settings)) or NOT_REPORTED, "settings"),
            fact("Exam", self.exam, "exam"),
            *(("Price", Titled(price_text(p), cited(p.sources))) for p in self.prices),
            *(("Requirement", Titled(r, cited(r.sources))) for r in self.requirements),
            *(("Accreditation", Titled(a, cited(a.sources))) for a in self.accreditations),
            fact("Renewal", NOT_REPORTED if renewal is None else renewal, "recertification"),
        ]
        if not self.prices:
            rows.insert(4, fact("Price", NOT_REPORTED, "prices"))
        if not self.requirements_known:
            rows.append(fact("Requirements", NOT_REPORTED, "requirements_known"))
        caption = f"{self.id}: {self.name} ({self.organization.id})"
        return html_table((), rows, caption=caption, row_headers=True)


# Every record type, in the order a release's files introduce them.
RECORD_TYPES: tuple[type[Plain], ...] = (
    Source,
    Citation,
    Organization,
    MembershipTier,
    PassingScore,
    PassRate,
    AssessmentPart,
    Exam,
    Price,
    Condition,
    Requirement,
    Accreditation,
    ContinuingEducation,
    Recertification,
    Disagreement,
    Gap,
    Credential,
)
