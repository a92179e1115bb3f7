"""The closed vocabularies of the catalog: every enumerated value a record or an answer uses."""

from __future__ import annotations

import enum
import functools
import re
from typing import TypeVar

from .errors import UnknownValueError
from .lookup import normalize

__all__ = [
    "Audience",
    "CareerSetting",
    "ConditionKind",
    "CredentialKind",
    "Currency",
    "EarningMethod",
    "Education",
    "ExamDelivery",
    "OrganizationType",
    "PriceBound",
    "PriceItem",
    "QuestionFormat",
    "RequirementLevel",
    "ScoreScale",
    "SourceKind",
    "parse_enum",
]


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

    @classmethod
    def parse(cls, value: CareerSetting | str) -> CareerSetting:
        """A setting from itself, its value, or an unambiguous start of it (``"collegiate"``)."""
        try:
            return parse_enum(cls, value, "career setting")
        except UnknownValueError:
            assert isinstance(value, str)
            wanted = normalize(value)
            matches = [s for s in cls if wanted and normalize(s.value).startswith(wanted)]
            if len(matches) == 1:
                return matches[0]
            raise


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

    @property
    def is_core(self) -> bool:
        """Pays to sit for, or be awarded, the credential itself."""
        return self in _CORE

    @property
    def is_earning(self) -> bool:
        """Paid on the way to the credential (not to join an organization or to keep it)."""
        return self not in (PriceItem.MEMBERSHIP, PriceItem.RECERTIFICATION)

    @property
    def is_exam_cost(self) -> bool:
        """Paid to sit the exam or program: earning it, study materials aside."""
        return self.is_earning and self is not PriceItem.STUDY_MATERIALS


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
    raise UnknownValueError(what, value, (str(member.value) for member in cls))


_CORE = frozenset({PriceItem.EXAM, PriceItem.COURSE_AND_EXAM, PriceItem.CERTIFICATION_PROGRAM})
