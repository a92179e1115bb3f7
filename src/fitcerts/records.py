"""The record types of the catalog: immutable, typed, each able to say where its facts come from."""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

import attrs

if TYPE_CHECKING:
    from .costs import CostBreakdown

__all__ = [
    "CONDITION_VALUE",
    "Accreditation",
    "Audience",
    "CareerSetting",
    "Citation",
    "Condition",
    "ConditionKind",
    "Credential",
    "CredentialKind",
    "Currency",
    "Disagreement",
    "EarningMethod",
    "Education",
    "Exam",
    "ExamDelivery",
    "Organization",
    "OrganizationType",
    "PassRate",
    "PassingScore",
    "Price",
    "PriceBound",
    "PriceItem",
    "QuestionFormat",
    "Recertification",
    "Requirement",
    "RequirementLevel",
    "ScoreScale",
    "Source",
    "SourceKind",
    "parse_enum",
]


# --- closed vocabularies -------------------------------------------------------------------------


class SourceKind(enum.Enum):
    """How much a source can be trusted: the issuer's own word ranks above an article."""

    OFFICIAL = "official"
    ARTICLE = "article"
    THIRD_PARTY = "third-party"
    THIRD_PARTY_LOW = "third-party-low"


class OrganizationType(enum.Enum):
    """How an issuing organization describes itself."""

    NONPROFIT = "nonprofit"
    FOR_PROFIT = "for-profit"
    ASSOCIATION = "association"
    MEMBERSHIP = "membership"


class CredentialKind(enum.Enum):
    """A certification stands alone; a specialization builds on other training."""

    CERTIFICATION = "certification"
    SPECIALIZATION = "specialization"


class CareerSetting(enum.Enum):
    """Where, or with whom, a credential's holders are meant to work."""

    COLLEGIATE_ATHLETICS = "collegiate-athletics"
    PROFESSIONAL_SPORTS = "professional-sports"
    ELITE_ATHLETICS = "elite-athletics"
    TACTICAL = "tactical"
    PERFORMANCE_GYMS = "performance-gyms"
    COMMERCIAL_GYMS = "commercial-gyms"
    TRAINING_STUDIOS = "training-studios"
    PRIVATE_PRACTICE = "private-practice"
    PERSONAL_TRAINING = "personal-training"
    SPORTS_PERFORMANCE = "sports-performance"
    GENERAL_FITNESS = "general-fitness"
    SPECIAL_POPULATIONS = "special-populations"
    CORRECTIVE_EXERCISE = "corrective-exercise"
    WEIGHT_LOSS = "weight-loss"
    PHYSIQUE = "physique"
    NUTRITION = "nutrition"
    WELLNESS = "wellness"
    SPORT_SCIENCE = "sport-science"


class EarningMethod(enum.Enum):
    """What a candidate does to earn the credential."""

    EXAM = "exam"
    COURSE_AND_EXAM = "course-and-exam"
    ONLINE_COURSE_AND_EXAM = "online-course-and-exam"
    WRITTEN_AND_PRACTICAL_IN_PERSON = "written-and-practical-in-person"


class ExamDelivery(enum.Enum):
    """Where or how the exam is sat."""

    TESTING_CENTRE = "testing-centre"
    REMOTE_PROCTORED = "remote-proctored"
    ONLINE = "online"
    IN_PERSON = "in-person"


class QuestionFormat(enum.Enum):
    """The kind of questions an exam asks."""

    MULTIPLE_CHOICE = "multiple-choice"


class ScoreScale(enum.Enum):
    """A percentage of items correct is not the same thing as a scaled score."""

    PERCENT = "percent"
    SCALED = "scaled"


class Currency(enum.Enum):
    """The currency of a price; amounts in different currencies are never added."""

    USD = "USD"

    @property
    def symbol(self) -> str:
        return {"USD": "$"}[self.value]


class PriceItem(enum.Enum):
    """What a price pays for."""

    EXAM = "exam"
    STUDY_MATERIALS = "study-materials"
    COURSE_AND_EXAM = "course-and-exam"
    CERTIFICATION_PROGRAM = "certification-program"
    APPLICATION = "application"
    MEMBERSHIP = "membership"
    RECERTIFICATION = "recertification"


class Audience(enum.Enum):
    """Who a price applies to; members of the issuing organization often pay less."""

    ANYONE = "anyone"
    MEMBER = "member"
    NON_MEMBER = "non-member"


class PriceBound(enum.Enum):
    """How much a figure can be trusted as the price; these four never collapse into each other."""

    EXACT = "exact"
    LOWER_BOUND = "lower-bound"
    INCLUDED = "included"
    NOT_REPORTED = "not-reported"


@functools.total_ordering
class Education(enum.Enum):
    """Highest education completed; ordered, so a master's satisfies a bachelor's requirement."""

    NONE = "none"
    HIGH_SCHOOL = "high-school"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return _EDUCATION_RANK[self._value_]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Education):
            return NotImplemented
        return self.rank < other.rank

    @classmethod
    def parse(cls, value: Education | str) -> Education:
        """Accept a member or its value in any case (``"bachelor"``, ``"High School"``)."""
        return parse_enum(cls, value, "education level")


_EDUCATION_RANK = {member._value_: rank for rank, member in enumerate(Education)}


class RequirementLevel(enum.Enum):
    """Required conditions decide eligibility; recommended ones never do."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"


class ConditionKind(enum.Enum):
    """What a condition asks of a candidate; ``OTHER`` is a condition only a person can judge."""

    MINIMUM_AGE = "minimum-age"
    EDUCATION = "education"
    COLLEGE_SENIOR = "college-senior"
    CPR_AED = "cpr-aed"
    FIRST_AID = "first-aid"
    CREDENTIAL = "credential"
    INTERNSHIP_HOURS = "internship-hours"
    EXPERIENCE_HOURS = "experience-hours"
    EXPERIENCE_YEARS = "experience-years"
    ALL_OF = "all-of"
    OTHER = "other"


E = TypeVar("E", bound=enum.Enum)


def parse_enum(cls: type[E], value: E | str, what: str) -> E:
    """A member of ``cls`` from itself or its value, forgiving case, spaces and underscores."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a {cls.__name__} or a string, not {type(value).__name__}")
    wanted = re.sub(r"[\s_]+", "-", value.strip().casefold())
    for member in cls:
        if wanted in (str(member.value).casefold(), member.name.casefold().replace("_", "-")):
            return member
    allowed = ", ".join(str(member.value) for member in cls)
    raise ValueError(f"unknown {what} {value!r}; allowed: {allowed}")


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
class Source:
    """A document a fact was taken from, with the date it states so readers can judge freshness."""

    id: str
    title: str
    publisher: str | None = None
    url: str | None = None
    as_of: date | None = None
    year: int | None = None
    kind: SourceKind

    @property
    def dated(self) -> str:
        """The date the source states, as precisely as it states it, or ``"undated"``."""
        if self.as_of is not None:
            return self.as_of.isoformat()
        return str(self.year) if self.year is not None else "undated"


@attrs.frozen(kw_only=True)
class Citation:
    """Sources backing one field path of a record, overriding the record's own sources there."""

    path: str
    sources: tuple[Source, ...] = attrs.field(validator=_tuple)


_PATH_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")


def _split_path(path: str) -> tuple[str | int, ...]:
    if not isinstance(path, str):
        raise TypeError(f"a field path must be a string, not {type(path).__name__}")
    return _parse_path(path)


@functools.lru_cache(maxsize=1024)
def _parse_path(path: str) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    for piece in path.split("."):
        match = _PATH_PART.fullmatch(piece)
        if match is None:
            raise ValueError(f"malformed field path {path!r}; write it like 'exam.questions'")
        parts.append(match.group(1))
        parts.extend(int(index) for index in re.findall(r"\[(\d+)\]", match.group(2)))
    return tuple(parts)


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
        parts = _split_path(path)
        value: Any = self
        item_sources: tuple[Source, ...] = ()
        for depth, part in enumerate(parts):
            value = _step(value, part, parts[: depth + 1], path)
            own = getattr(value, "sources", None)
            if isinstance(own, tuple) and attrs.has(type(value)):
                item_sources = own
        if item_sources:
            return item_sources
        best: Citation | None = None
        for citation in self.citations:
            if _covers(citation.path, path) and (
                best is None or len(citation.path) > len(best.path)
            ):
                best = citation
        return best.sources if best is not None else self.sources

    def conflicts(self, path: str | None = None) -> tuple[Disagreement, ...]:
        """Values other sources give that the record did not choose (for ``path``, or all)."""
        found: tuple[Disagreement, ...] = getattr(self, "disagreements", ())
        if path is None:
            return found
        _split_path(path)
        return tuple(d for d in found if _covers(path, d.path) or _covers(d.path, path))

    def all_sources(self) -> tuple[Source, ...]:
        """Every distinct source the record cites anywhere, in first-cited order."""
        seen: dict[str, Source] = {}
        for source in _walk_sources(self, self):
            seen.setdefault(source.id, source)
        return tuple(seen.values())


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = frozenset(attrs.fields_dict(cls)) if attrs.has(cls) else frozenset()
        _FIELD_NAMES[cls] = names
    return names


def _step(value: Any, part: str | int, so_far: tuple[str | int, ...], path: str) -> Any:
    if isinstance(part, int):
        if not isinstance(value, tuple) or part >= len(value):
            raise ValueError(f"field path {path!r} has no item {_render(so_far)}")
        return value[part]
    if part not in _field_names(type(value)):
        fields = ", ".join(attrs.fields_dict(type(value))) if attrs.has(type(value)) else "none"
        raise ValueError(
            f"field path {path!r}: {_render(so_far)} does not exist; fields here: {fields}"
        )
    return getattr(value, part)


def _render(parts: tuple[str | int, ...]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _covers(cited: str, path: str) -> bool:
    return path == cited or path.startswith((cited + ".", cited + "["))


def _walk_sources(value: Any, top: object) -> Iterator[Source]:
    if isinstance(value, Source):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk_sources(item, top)
    elif attrs.has(type(value)) and (value is top or not isinstance(value, _Sourced)):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            yield from _walk_sources(getattr(value, field.name), top)


# --- records -------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Organization(_Sourced):
    """A body that issues credentials."""

    id: str
    name: str
    abbreviation: str
    founded: int | None = None
    type: OrganizationType | None = None
    headquarters: str | None = None
    website: str | None = None
    description: str
    prices: tuple[Price, ...] = attrs.field(default=(), validator=_tuple)
    disagreements: tuple[Disagreement, ...] = attrs.field(default=(), validator=_tuple)
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)
    citations: tuple[Citation, ...] = attrs.field(default=(), validator=_tuple)

    def __repr__(self) -> str:
        return f"<Organization {self.id}: {self.name}>"

    @property
    def membership_fees(self) -> tuple[Price, ...]:
        """What joining costs, where a source says; empty when no source does."""
        return tuple(p for p in self.prices if p.pays_for is PriceItem.MEMBERSHIP)


@attrs.frozen(kw_only=True)
class PassingScore:
    """The score that passes; 70 on a scaled score is not 70 percent correct."""

    value: Decimal
    scale: ScoreScale

    def __str__(self) -> str:
        return f"{self.value}%" if self.scale is ScoreScale.PERCENT else f"{self.value} (scaled)"


@attrs.frozen(kw_only=True)
class PassRate:
    """The share of candidates who passed in one year; each year is a fact of its own."""

    percent: Decimal
    year: int

    def __str__(self) -> str:
        return f"{self.percent}% ({self.year})"


@attrs.frozen(kw_only=True)
class Exam:
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

    @property
    def pass_rate(self) -> PassRate | None:
        """The latest year's pass rate, or ``None`` when no source reports one."""
        return max(self.pass_rates, key=lambda rate: rate.year, default=None)


_PRICED = (PriceBound.EXACT, PriceBound.LOWER_BOUND)


def _check_price(instance: Price, attribute: attrs.Attribute[Any], value: object) -> None:
    if instance.bound in _PRICED and instance.amount is None:
        raise ValueError(f"a price with bound {instance.bound.value!r} needs an amount")
    if instance.bound is PriceBound.NOT_REPORTED and instance.amount is not None:
        raise ValueError(f"a price with bound {instance.bound.value!r} cannot have an amount")
    if instance.amount is not None and instance.amount < 0:
        raise ValueError(f"a price cannot be negative: {instance.amount}")
    if (instance.bound is PriceBound.INCLUDED) != (instance.included_in is not None):
        raise ValueError("included_in is given exactly when the bound is 'included'")


@attrs.frozen(kw_only=True)
class Price:
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
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __str__(self) -> str:
        if self.bound is PriceBound.INCLUDED:
            what = self.included_in.value.replace("-", " ") if self.included_in else "another price"
            share = f"{self.currency.symbol}{self.amount:,}, " if self.amount is not None else ""
            return f"{share}included in {what}"
        if self.amount is None:
            return "not reported"
        plus = "+" if self.bound is PriceBound.LOWER_BOUND else ""
        return f"{self.currency.symbol}{self.amount:,}{plus}"


@attrs.frozen(kw_only=True)
class Condition:
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
    all_of: tuple[Condition, ...] = attrs.field(default=(), validator=_tuple)
    description: str

    def __attrs_post_init__(self) -> None:
        value = CONDITION_VALUE[self.kind]
        if value and getattr(self, value) in (None, ()):
            raise ValueError(f"a {self.kind.value!r} condition is missing its {value}")


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
    ConditionKind.ALL_OF: "all_of",
    ConditionKind.OTHER: "",
}


@attrs.frozen(kw_only=True)
class Requirement:
    """A condition set met when any one of ``any_of`` holds (``"a CPT or a four-year degree"``)."""

    level: RequirementLevel
    any_of: tuple[Condition, ...] = attrs.field(validator=_non_empty)
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    @property
    def description(self) -> str:
        return " or ".join(condition.description for condition in self.any_of)


@attrs.frozen(kw_only=True)
class Accreditation:
    """Recognition of a credential by an accrediting body (NCCA, say), since when if known."""

    body: str
    since: date | None = None
    year: int | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)


@attrs.frozen(kw_only=True)
class Recertification:
    """What keeping the credential takes; its fees are prices that pay for recertification."""

    cycle_years: int | None = None
    ceus: Decimal | None = None
    requires_cpr_aed: bool | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class Disagreement:
    """A value another source gives for ``path`` that the record did not choose, and why."""

    path: str
    value: str
    note: str | None = None
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)

    def __str__(self) -> str:
        cited = ", ".join(f"{s.title} ({s.dated})" for s in self.sources)
        return f"{self.path}: {self.value} according to {cited}"


@attrs.frozen(kw_only=True)
class Credential(_Sourced):
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
    sources: tuple[Source, ...] = attrs.field(validator=_non_empty)
    citations: tuple[Citation, ...] = attrs.field(default=(), validator=_tuple)

    @property
    def required(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.level is RequirementLevel.REQUIRED)

    @property
    def recommended(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.level is RequirementLevel.RECOMMENDED)

    def __repr__(self) -> str:
        return f"<Credential {self.id}: {self.name} ({self.organization.id})>"

    def total_cost(
        self,
        *,
        member: bool | Literal["cheapest"] = False,
        study_materials: bool = True,
        tier: str | None = None,
    ) -> CostBreakdown:
        """What earning this credential costs; see :func:`fitcerts.total_cost`."""
        from .costs import total_cost

        return total_cost((self,), member=member, study_materials=study_materials, tier=tier)
