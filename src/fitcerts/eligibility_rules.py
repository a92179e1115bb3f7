"""Whether a candidate may sit for a credential: eligible, not eligible, or unknown, with reasons.

Unknown is never eligible: a fact the profile leaves open, or a credential whose requirements the
data does not know, gives UNKNOWN. A definite failure gives NOT_ELIGIBLE whatever else is open.
Recommendations are reported but never decide.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

import attrs

from .lookup import normalize
from .markup import Titled, html_table
from .plain import Plain
from .presentation import (
    NOT_REPORTED,
    alternatives,
    cited,
    describe,
    short_repr,
    without_repeats,
)
from .profile import Profile
from .records import Condition, Credential, Requirement, Source, check_date
from .vocabulary import ConditionKind, RequirementLevel

if TYPE_CHECKING:
    from .catalog import Catalog

__all__ = [
    "ConditionCheck",
    "EligibilityReport",
    "EligibilityStatus",
    "check_date",
    "eligibility",
    "eligibility_table",
    "judge_requirement",
    "resolve_profile",
]


class EligibilityStatus(enum.Enum):
    """The verdict: unknown is its own outcome and never counts as eligible."""

    ELIGIBLE = "eligible"
    UNKNOWN = "unknown"
    NOT_ELIGIBLE = "not-eligible"


@attrs.frozen(kw_only=True)
class ConditionCheck(Plain):
    """One requirement judged against a profile; ``met`` is None when the profile cannot tell."""

    requirement: Requirement | None
    met: bool | None
    reason: str
    sources: tuple[Source, ...] = ()

    @property
    def subject(self) -> str:
        """What was judged: the requirement's conditions, or why there was none to judge."""
        if self.requirement is None:
            return self.reason
        return alternatives([condition.description for condition in self.requirement.any_of])

    def __str__(self) -> str:
        return self.reason

    def __repr__(self) -> str:
        return short_repr("ConditionCheck", f"{_WORD[self.met]}: {self.subject}")

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class EligibilityReport(Plain):
    """The verdict for one credential, and every reason behind it."""

    credential: Credential
    status: EligibilityStatus
    met: tuple[ConditionCheck, ...] = ()
    unmet: tuple[ConditionCheck, ...] = ()
    undecided: tuple[ConditionCheck, ...] = ()
    recommended_unmet: tuple[ConditionCheck, ...] = ()
    recommended_undecided: tuple[ConditionCheck, ...] = ()
    upcoming: tuple[ConditionCheck, ...] = ()
    on: date | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the status is what it is, most decisive first."""
        return tuple(check.reason for check in (*self.unmet, *self.undecided, *self.met))

    def __str__(self) -> str:
        why = "; ".join(self.reasons)
        return f"{self.credential.id}: {self.status.value}" + (f" ({why})" if why else "")

    def __repr__(self) -> str:
        return short_repr("EligibilityReport", f"{self.credential.id}: {self.status.value}")

    def describe(self) -> str:
        """The verdict, then every check one a line, grouped as they count."""
        day = f" on {self.on.isoformat()}" if self.on is not None else ""
        lines = [f"{self.credential.id}: {self.status.value}{day}"]
        for group, checks in self._groups():
            lines += [f"  {group}:", *(f"    - {check.reason}" for check in checks)]
        return "\n".join(lines)

    def _groups(self) -> list[tuple[str, tuple[ConditionCheck, ...]]]:
        groups = [
            ("not met", self.unmet),
            ("not known", self.undecided),
            ("met", self.met),
            ("recommended, not met", self.recommended_unmet),
            ("recommended, not known", self.recommended_undecided),
            ("upcoming", self.upcoming),
        ]
        return [(group, checks) for group, checks in groups if checks]

    def _repr_html_(self) -> str:
        """The checks as a table for a notebook; hover a reason for its sources."""
        rows = [
            (group, Titled(check.reason, cited(check.sources)))
            for group, checks in self._groups()
            for check in checks
        ]
        day = f" on {self.on.isoformat()}" if self.on is not None else ""
        caption = f"{self.credential.id}: {self.status.value}{day}"
        return html_table(("", "reason"), rows, caption=caption, row_headers=True)


def resolve_profile(catalog: Catalog, profile: Profile) -> Profile:
    """``profile`` with its credential and membership keys replaced by this release's ids.

    A key the release does not know raises its :class:`UnknownCredentialError` or
    :class:`UnknownOrganizationError`: the profile cannot be judged by this release.
    """
    if not isinstance(profile, Profile):
        raise TypeError(f"expected a Profile, not {type(profile).__name__}")
    credentials = profile.credentials
    memberships = profile.memberships
    if credentials is not None:
        credentials = frozenset(catalog.get(key).id for key in credentials)
    if memberships is not None:
        memberships = frozenset(catalog.organization(key).id for key in memberships)
    if credentials == profile.credentials and memberships == profile.memberships:
        return profile
    return attrs.evolve(profile, credentials=credentials, memberships=memberships)


def eligibility(
    catalog: Catalog, profile: Profile, key: str | Credential, on: date | None = None
) -> EligibilityReport:
    """Judge ``profile`` against the rules of the credential ``key`` names in force ``on``."""
    return judge(resolve_profile(catalog, profile), catalog.resolve(key), check_date(on))


def eligibility_table(
    catalog: Catalog, profile: Profile, on: date | None = None
) -> tuple[EligibilityReport, ...]:
    """The report of ``profile`` for every credential of ``catalog``, sorted by id."""
    resolved = resolve_profile(catalog, profile)
    day = check_date(on)
    return tuple(judge(resolved, credential, day) for credential in catalog.credentials())


def judge(profile: Profile, credential: Credential, on: date) -> EligibilityReport:
    """Judge a profile whose keys are already resolved against ``credential``'s rules in force
    ``on``; rules that start later are judged too, and reported as ``upcoming``."""
    required: list[ConditionCheck] = []
    recommended: list[ConditionCheck] = []
    upcoming: list[ConditionCheck] = []
    for requirement in credential.requirements:
        if not requirement.in_force(on):
            starts = requirement.effective_from
            if starts is not None and starts > on:
                upcoming.append(_judge(profile, requirement))
            continue  # a rule that has lapsed judges no one
        is_required = requirement.level is RequirementLevel.REQUIRED
        (required if is_required else recommended).append(_judge(profile, requirement))
    met = tuple(c for c in required if c.met is True)
    unmet = tuple(c for c in required if c.met is False)
    undecided = [c for c in required if c.met is None]
    if not credential.requirements_known:
        undecided.append(_requirements_unknown(credential))
    if unmet:
        status = EligibilityStatus.NOT_ELIGIBLE
    elif undecided:
        status = EligibilityStatus.UNKNOWN
    else:
        status = EligibilityStatus.ELIGIBLE
    return EligibilityReport(
        credential=credential,
        status=status,
        met=met,
        unmet=unmet,
        undecided=tuple(undecided),
        recommended_unmet=tuple(c for c in recommended if c.met is False),
        recommended_undecided=tuple(c for c in recommended if c.met is None),
        upcoming=tuple(upcoming),
        on=on,
    )


def _requirements_unknown(credential: Credential) -> ConditionCheck:
    return ConditionCheck(
        requirement=None,
        met=None,
        reason=f"what {credential.id} requires is {NOT_REPORTED}",
        sources=credential.sources_for("requirements_known"),
    )


def judge_requirement(profile: Profile, requirement: Requirement) -> bool | None:
    """Whether a profile (keys resolved) meets one requirement: met, not met, or unknown."""
    return _judge(profile, requirement).met


def _judge(profile: Profile, requirement: Requirement) -> ConditionCheck:
    """A requirement is met when any of its alternatives is; failed only when all fail."""
    verdicts = [_check(profile, condition) for condition in requirement.any_of]
    details = [
        [] if met is True else _details(profile, condition)
        for condition, met in zip(requirement.any_of, verdicts, strict=True)
    ]
    return requirement_check(requirement, verdicts, details, profile.country)


def requirement_check(
    requirement: Requirement,
    verdicts: Sequence[bool | None],
    details: Sequence[Sequence[str]],
    country: str | None,
    *,
    label: str | None = None,
) -> ConditionCheck:
    """One requirement's check from the verdict on each alternative, what the profile says
    about each (:func:`condition_details`) and the candidate's country: the one place that
    words a reason, for this judge and the column-wise one of ``eligibility_frame``, which
    renders the requirement once as ``label``."""
    met = True if True in verdicts else (None if None in verdicts else False)
    place = requirement.jurisdiction
    texts = [
        text for m, said in zip(verdicts, details, strict=True) if m is not True for text in said
    ]
    if place is not None:  # a rule for candidates in one country
        if country is not None and country != place:
            met, texts = True, [f"the candidate is in {country}"]
        elif country is None and met is False:
            met = None
            texts.append(f"the profile does not say whether the candidate is in {place}")
    reason = f"{requirement if label is None else label}: {_WORD[met]}"
    if texts and (met is not True or place is not None):
        reason += f" ({'; '.join(without_repeats(texts))})"
    return ConditionCheck(
        requirement=requirement, met=met, reason=reason, sources=requirement.sources
    )


def _check(profile: Profile, condition: Condition) -> bool | None:
    kind = condition.kind
    if kind is ConditionKind.MINIMUM_AGE:
        return _at_least(profile.age, condition.minimum_age)
    if kind is ConditionKind.EDUCATION:
        assert condition.education is not None
        level = profile.education
        return None if level is None else level.rank >= condition.education.rank
    if kind is ConditionKind.CREDENTIAL:
        return _holds(profile.credentials, condition.credentials, condition.or_similar)
    if kind is ConditionKind.ALL_OF:
        parts = [_check(profile, part) for part in condition.all_of]
        return False if False in parts else (None if None in parts else True)
    if kind is ConditionKind.ACCREDITED_PROGRAM:
        held = profile.program_accreditations
        if held is None:
            return None
        return bool({normalize(body) for body in held} & set(map(normalize, condition.accreditors)))
    if kind is ConditionKind.MEMBERSHIP:
        if profile.memberships is None:
            return None
        if condition.organization not in profile.memberships:
            return False
        return True if condition.tier is None else None  # which tier is not known
    if kind is ConditionKind.STUDENT:
        return profile.student
    if kind is ConditionKind.CPR_AED:
        return profile.cpr_aed
    if kind is ConditionKind.FIRST_AID:
        return profile.first_aid
    if kind is ConditionKind.COLLEGE_SENIOR:
        return profile.college_senior
    if kind is ConditionKind.INTERNSHIP_HOURS:
        return _at_least(profile.internship_hours, condition.hours)
    if kind is ConditionKind.EXPERIENCE_HOURS:
        return _at_least(profile.experience_hours, condition.hours)
    if kind is ConditionKind.EXPERIENCE_YEARS:
        return _at_least(profile.experience_years, condition.years)
    return None  # ConditionKind.OTHER: only a person can judge it


_WORD = {True: "met", False: "not met", None: "not known"}
_FLAGS = {
    ConditionKind.CPR_AED: "cpr_aed",
    ConditionKind.FIRST_AID: "first_aid",
    ConditionKind.COLLEGE_SENIOR: "college_senior",
    ConditionKind.STUDENT: "student",
}
_AT_LEAST = {
    ConditionKind.INTERNSHIP_HOURS: ("internship_hours", "hours"),
    ConditionKind.EXPERIENCE_HOURS: ("experience_hours", "hours"),
    ConditionKind.EXPERIENCE_YEARS: ("experience_years", "years"),
}


# The profile fact each remaining kind of condition reads.
_PROFILE_FIELD = {
    ConditionKind.MINIMUM_AGE: "age",
    **_FLAGS,
    **{kind: field for kind, (field, _) in _AT_LEAST.items()},
}


def _at_least(have: int | None, needed: int | None) -> bool | None:
    assert needed is not None
    return None if have is None else have >= needed


def _holds(held: frozenset[str] | None, wanted: Iterable[str], or_similar: bool) -> bool | None:
    if held is None:
        return None
    if held & set(wanted):
        return True
    # Some other credential held might be "similar"; only a person can judge that.
    return None if or_similar and held else False


def condition_details(profile: Profile, condition: Condition) -> list[str]:
    """What the profile says about one condition, as a reason words it."""
    return _details(profile, condition)


def _details(profile: Profile, condition: Condition) -> list[str]:
    """What the profile says about a condition: one fact, or one per part of a group."""
    if condition.kind is ConditionKind.ALL_OF:
        return [text for part in condition.all_of for text in _details(profile, part)]
    return [_detail(profile, condition)]


def _detail(profile: Profile, condition: Condition) -> str:
    kind = condition.kind
    if kind is ConditionKind.OTHER:
        return "a person must judge this"
    if kind is ConditionKind.EDUCATION:
        level = profile.education
        return "education not given" if level is None else f"education: {level.value}"
    if kind is ConditionKind.ACCREDITED_PROGRAM:
        held = profile.program_accreditations
        if held is None:
            return "program accreditation not given"
        return f"program accredited by {', '.join(sorted(held)) or 'no body named'}"
    if kind is ConditionKind.MEMBERSHIP:
        if profile.memberships is None:
            return "memberships not given"
        if condition.organization in profile.memberships and condition.tier is not None:
            return f"member of {condition.organization}, tier not given"
        return f"member of {', '.join(sorted(profile.memberships)) or 'no organization'}"
    if kind is ConditionKind.CREDENTIAL:
        if profile.credentials is None:
            return "credentials held not given"
        return f"holds {', '.join(sorted(profile.credentials)) or 'no credential'}"
    field = _PROFILE_FIELD[kind]
    value = getattr(profile, field)
    label = field.replace("_", " ").replace("cpr aed", "CPR/AED")
    if value is None:
        return f"{label} not given"
    if isinstance(value, bool):
        return f"{label}: {'yes' if value else 'no'}"
    return f"{label} {value}"
