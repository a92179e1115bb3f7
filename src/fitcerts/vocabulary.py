"""The closed vocabularies of the catalog: every enumerated value a record or an answer uses."""

from __future__ import annotations

import enum
import re
from typing import TypeVar

from .errors import UnknownValueError

__all__ = [
    "AssessmentFormat",
    "Audience",
    "CareerSetting",
    "ConditionKind",
    "CredentialKind",
    "Currency",
    "EarningMethod",
    "Education",
    "ExamDelivery",
    "GapField",
    "GapReason",
    "OrganizationType",
    "PassRatePopulation",
    "PriceBound",
    "PriceItem",
    "QuestionFormat",
    "RequirementLevel",
    "ScoreScale",
    "SourceKind",
    "TaxTreatment",
    "Vocabulary",
    "parse_enum",
]


class Vocabulary(str, enum.Enum):
    """A closed vocabulary whose members are also their string values.

    ``Currency.USD == "USD"``, ``str(member)`` and f-strings give the value on every Python, and
    ``json.dumps`` writes it.
    """

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)


class SourceKind(Vocabulary):
    """How much a source can be trusted: the issuer's own word ranks above an article."""

    OFFICIAL = "official"
    ARTICLE = "article"
    THIRD_PARTY = "third-party"
    THIRD_PARTY_LOW = "third-party-low"


class OrganizationType(Vocabulary):
    """How an issuing organization describes itself."""

    NONPROFIT = "nonprofit"
    FOR_PROFIT = "for-profit"
    ASSOCIATION = "association"
    MEMBERSHIP = "membership"


class CredentialKind(Vocabulary):
    """A certification stands alone; a specialization builds on other training; an
    accreditation recognises a coach's shown competence or qualifications (UKSCA, ASCA, ESSA)."""

    CERTIFICATION = "certification"
    SPECIALIZATION = "specialization"
    ACCREDITATION = "accreditation"


class CareerSetting(Vocabulary):
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
    CLINICAL_EXERCISE = "clinical-exercise"
    GROUP_FITNESS = "group-fitness"
    HEALTH_COACHING = "health-coaching"
    WEIGHTLIFTING = "weightlifting"

    @classmethod
    def parse(cls, value: CareerSetting | str) -> CareerSetting:
        """A setting as people type it (see :func:`parse_enum`): ``"collegiate"``."""
        return parse_enum(cls, value, "career setting")


class EarningMethod(Vocabulary):
    """What a candidate does to earn the credential."""

    EXAM = "exam"
    COURSE_AND_EXAM = "course-and-exam"
    ONLINE_COURSE_AND_EXAM = "online-course-and-exam"
    WRITTEN_AND_PRACTICAL_IN_PERSON = "written-and-practical-in-person"
    COURSE = "course"  # attending and completing a course, no separate exam stated
    ASSESSMENT = "assessment"  # competence shown in assessments (practical, case study, portfolio)
    APPLICATION = "application"  # qualifications and experience shown in an application


class ExamDelivery(Vocabulary):
    """Where or how the exam is sat."""

    TESTING_CENTRE = "testing-centre"
    REMOTE_PROCTORED = "remote-proctored"
    ONLINE = "online"
    IN_PERSON = "in-person"


class QuestionFormat(Vocabulary):
    """The kind of questions an exam asks."""

    MULTIPLE_CHOICE = "multiple-choice"


class ScoreScale(Vocabulary):
    """A percentage of items correct is not the same thing as a scaled score."""

    PERCENT = "percent"
    SCALED = "scaled"


class Currency(Vocabulary):
    """The ISO 4217 currency of a price; amounts in different currencies are never added."""

    USD = "USD"
    CAD = "CAD"
    GBP = "GBP"
    EUR = "EUR"
    AUD = "AUD"
    JPY = "JPY"

    @property
    def symbol(self) -> str:
        """How the currency is written before an amount: ``$``, ``CA$``, ``£``, ``¥``..."""
        return _SYMBOLS[self.value]

    @property
    def minor_units(self) -> int:
        """Digits after the decimal point in a price: 2 for most, 0 for the yen."""
        return 0 if self is Currency.JPY else 2


_SYMBOLS = {"USD": "$", "CAD": "CA$", "GBP": "£", "EUR": "€", "AUD": "A$", "JPY": "¥"}


class TaxTreatment(Vocabulary):
    """Whether sales tax or VAT is inside a price, added on top, or not said."""

    INCLUDED = "included"
    ADDED = "added"
    NOT_STATED = "not-stated"


class PriceItem(Vocabulary):
    """What a price pays for."""

    EXAM = "exam"
    STUDY_MATERIALS = "study-materials"
    COURSE_AND_EXAM = "course-and-exam"
    CERTIFICATION_PROGRAM = "certification-program"
    APPLICATION = "application"
    MEMBERSHIP = "membership"
    RECERTIFICATION = "recertification"
    RETAKE = "retake"
    RESCHEDULE = "reschedule"
    LATE_FEE = "late-fee"
    REINSTATEMENT = "reinstatement"
    PROCTORING = "proctoring"
    EXTENSION = "extension"
    UPGRADE = "upgrade"

    @property
    def is_core(self) -> bool:
        """Pays to sit for, or be awarded, the credential itself."""
        return self in _CORE

    @property
    def is_earning(self) -> bool:
        """Paid by every candidate on the way to the credential: the exam or program, an
        application fee, study materials."""
        return self.is_core or self in (PriceItem.APPLICATION, PriceItem.STUDY_MATERIALS)

    @property
    def is_exam_cost(self) -> bool:
        """Paid to sit the exam or program: earning it, study materials aside."""
        return self.is_earning and self is not PriceItem.STUDY_MATERIALS

    @property
    def is_renewal(self) -> bool:
        """Paid to keep the credential: recertification, a late fee, reinstatement."""
        return self in (PriceItem.RECERTIFICATION, PriceItem.LATE_FEE, PriceItem.REINSTATEMENT)

    @property
    def is_contingent(self) -> bool:
        """Paid only if something happens: a retake, a new date, more time, remote proctoring,
        an upgrade to another credential."""
        return self in _CONTINGENT


class Audience(Vocabulary):
    """Who a price applies to; members of the issuing organization often pay less."""

    ANYONE = "anyone"
    MEMBER = "member"
    NON_MEMBER = "non-member"


class PriceBound(Vocabulary):
    """How much a figure can be trusted as the price; these five never collapse into each other.

    ``APPROXIMATE`` is a source's "about $65": near the price, but neither exact nor a floor.
    """

    EXACT = "exact"
    LOWER_BOUND = "lower-bound"
    APPROXIMATE = "approximate"
    INCLUDED = "included"
    NOT_REPORTED = "not-reported"


class Education(Vocabulary):
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

    # Ordered by rank, never by the text of the value (``str`` would compare letters).
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Education):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Education):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Education):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Education):
            return NotImplemented
        return self.rank >= other.rank

    __hash__ = Vocabulary.__hash__

    @classmethod
    def parse(cls, value: Education | str) -> Education:
        """An education level as people type it (see :func:`parse_enum`): ``"High School"``,
        ``"bachelor's"``, ``"phd"``."""
        return parse_enum(cls, value, "education level")


_EDUCATION_RANK = {member._value_: rank for rank, member in enumerate(Education)}


class RequirementLevel(Vocabulary):
    """Required conditions decide eligibility; recommended ones never do."""

    REQUIRED = "required"
    RECOMMENDED = "recommended"


class ConditionKind(Vocabulary):
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
    ACCREDITED_PROGRAM = "accredited-program"
    MEMBERSHIP = "membership"
    STUDENT = "student"
    ALL_OF = "all-of"
    OTHER = "other"


def country_code(value: object) -> str | None:
    """An ISO 3166-1 alpha-2 code given in any case (``"gb"`` -> ``"GB"``), or ``None`` when
    ``value`` is not one: any two letters will not do (``"XX"``, ``"UK"``). Data files must
    write it upper-case; people may not."""
    from .countries import COUNTRY_CODES

    if isinstance(value, str) and len(value.strip()) == 2:
        code = value.strip().upper()
        if code in COUNTRY_CODES:
            return code
    return None


def checked_country(value: object, what: str = "jurisdiction") -> str:
    """``value`` as an ISO 3166-1 alpha-2 code; anything else is an
    :class:`~fitcerts.errors.UnknownValueError` that names the code meant where it is a common
    slip (``"UK"`` -> GB)."""
    from .countries import country_suggestion

    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string, not {type(value).__name__}")
    code = country_code(value)
    if code is None:
        meant = country_suggestion(value)
        allowed = (f"{meant} (the ISO code meant)",) if meant else ("an ISO 3166-1 code, e.g. GB",)
        raise UnknownValueError(what, value, allowed)
    return code


E = TypeVar("E", bound=enum.Enum)


def parse_enum(cls: type[E], value: E | str, what: str) -> E:
    """A member of ``cls`` from what a person types: the member, its value or name in any case,
    with spaces, underscores or apostrophes (``"High School"``, ``"bachelor's"``), a common
    alias (``"phd"``), or an unambiguous start of a value (``"collegiate"``). The one parser
    for every vocabulary that people type (the data files are read strictly elsewhere); a miss
    is an :class:`UnknownValueError` naming the allowed values, or the candidates when the start
    fits several."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a {cls.__name__} or a string, not {type(value).__name__}")
    wanted = _spelling(value)
    for member in cls:
        if wanted in (_spelling(str(member.value)), _spelling(member.name)):
            return member
    aliased = _ALIASES.get(cls.__name__, {}).get(wanted)
    if aliased is not None:
        return cls(aliased)
    starts = [m for m in cls if wanted and _spelling(str(m.value)).startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    allowed = starts if len(starts) > 1 else list(cls)
    raise UnknownValueError(what, value, (str(member.value) for member in allowed))


def _spelling(text: str) -> str:
    return re.sub(r"[\s_]+", "-", re.sub(r"['\u2019.]", "", text.strip().casefold()))


# What people commonly type for a value, by vocabulary (keys already in ``_spelling`` form).
_ALIASES: dict[str, dict[str, str]] = {
    "Education": {
        "hs": "high-school",
        "high-school-diploma": "high-school",
        "diploma": "high-school",
        "ged": "high-school",
        "associates": "associate",
        "bachelors": "bachelor",
        "undergraduate": "bachelor",
        "masters": "master",
        "phd": "doctorate",
        "doctoral": "doctorate",
        "doctor": "doctorate",
    },
    "CareerSetting": {
        "college": "collegiate-athletics",
        "pro-sports": "professional-sports",
        "military": "tactical",
        "clinical": "clinical-exercise",
        "group-exercise": "group-fitness",
    },
    "CredentialKind": {"specialisation": "specialization", "certificate": "certification"},
}


_CORE = frozenset({PriceItem.EXAM, PriceItem.COURSE_AND_EXAM, PriceItem.CERTIFICATION_PROGRAM})
_CONTINGENT = frozenset(
    {
        PriceItem.RETAKE,
        PriceItem.RESCHEDULE,
        PriceItem.EXTENSION,
        PriceItem.PROCTORING,
        PriceItem.UPGRADE,
    }
)


class PassRatePopulation(Vocabulary):
    """Whose results a pass rate counts: first-time candidates and all candidates differ."""

    FIRST_TIME = "first-time"
    ALL = "all"
    NOT_STATED = "not-stated"


class AssessmentFormat(Vocabulary):
    """How one part of an assessment is sat."""

    MULTIPLE_CHOICE = "multiple-choice"
    WRITTEN = "written"
    PRACTICAL = "practical"
    CASE_STUDY = "case-study"
    ORAL = "oral"
    PORTFOLIO = "portfolio"


class GapField(Vocabulary):
    """A value people ask for first, which a record may lack: the gaps a release explains."""

    EARN_PRICE = "earn-price"
    RENEWAL_FEE = "renewal-fee"
    MEMBERSHIP_DUES = "membership-dues"
    QUESTIONS = "questions"
    PASS_RATE = "pass-rate"


class GapReason(Vocabulary):
    """Why a value is missing: the organization's own word, or a search that came up empty."""

    NOT_PUBLISHED = "not-published"  # the organization says it does not publish it
    NOT_FOUND = "not-found"  # not in the sources searched; ``searched`` says where we looked
    NOT_APPLICABLE = "not-applicable"  # no such value exists (a course with no exam)
