"""Which credentials fit a career goal: eligible first, then best fit, then what sources prefer."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

import attrs

from .cost_lines import CostBreakdown
from .costs import cost_of
from .eligibility_rules import (
    EligibilityReport,
    EligibilityStatus,
    check_date,
    judge,
    resolve_profile,
)
from .markup import Titled, html_table
from .plain import Plain
from .presentation import (
    cited,
    describe,
    label,
    short_repr,
    without_repeats,
)
from .profile import Profile
from .records import Credential, Source
from .vocabulary import CareerSetting

if TYPE_CHECKING:
    from .catalog import Catalog

__all__ = ["Reason", "Recommendation", "recommend", "recommendations_html"]

_STATUS_RANK = {
    EligibilityStatus.ELIGIBLE: 0,
    EligibilityStatus.UNKNOWN: 1,
    EligibilityStatus.NOT_ELIGIBLE: 2,
}


@attrs.frozen(kw_only=True)
class Reason(Plain):
    """One reason a recommendation ranks where it does, with the sources behind it."""

    text: str
    sources: tuple[Source, ...] = ()

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return short_repr("Reason", self.text)

    def describe(self) -> str:
        """Every field, one a line; the repr is short."""
        return describe(self)


@attrs.frozen(kw_only=True)
class Recommendation(Plain):
    """One ranked suggestion: the credential, whether the candidate may sit for it, and cost."""

    credential: Credential
    eligibility: EligibilityReport
    cost: CostBreakdown
    reasons: tuple[Reason, ...]

    def __repr__(self) -> str:
        summary = f"{self.credential.id}: {self.eligibility.status.value}, {self.cost.total_text}"
        return short_repr("Recommendation", summary)

    def describe(self) -> str:
        """The credential, then every reason one a line."""
        credential = self.credential
        title = f"{credential.id}: {credential.name} ({credential.organization.id})"
        lines = [title, *(f"  - {reason}" for reason in self.reasons)]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return recommendations_html((self,))


# Reasons shown in a column of their own in the HTML table.
_OWN_COLUMNS = ("eligibility", "cost")


def recommendations_html(recommendations: Iterable[Recommendation]) -> str:
    """Ranked recommendations as one HTML table, every text escaped; in a notebook,
    ``IPython.display.HTML(recommendations_html(fitcerts.recommend(profile, goal)))``.

    A tuple cannot draw itself, so this is the table for the tuple ``recommend()`` returns;
    a single :class:`Recommendation` draws its own row.
    """
    rows = [
        (
            rank,
            f"{r.credential.id}: {r.credential.name}",
            Titled(r.eligibility.status.value, cited(_sources(r.credential, r.eligibility))),
            Titled(str(r.cost), cited({s.id: s for i in r.cost.items for s in i.sources}.values())),
            "; ".join(t.text for t in r.reasons if t.text.partition(":")[0] not in _OWN_COLUMNS),
        )
        for rank, r in enumerate(recommendations, start=1)
    ]
    return html_table(("", "credential", "eligibility", "cost", "why"), rows, row_headers=True)


def recommend(
    catalog: Catalog, profile: Profile, goal: CareerSetting | str, on: date | None = None
) -> tuple[Recommendation, ...]:
    """Credentials that target ``goal``, best first; see :func:`fitcerts.recommend`."""
    setting = CareerSetting.parse(goal)
    day = check_date(on)
    profile = resolve_profile(catalog, profile)
    held = profile.credentials or frozenset()
    ranked = []
    for credential in catalog.credentials():
        fits = setting in credential.settings
        preferred = setting in credential.preferred_for
        if credential.id in held or not (fits or preferred):
            continue
        report = judge(profile, credential, day)
        member = credential.organization.id in (profile.memberships or ())
        cost = cost_of((credential,), member=member)
        key = (_STATUS_RANK[report.status], not fits, not preferred, credential.id)
        ranked.append(
            (
                key,
                Recommendation(
                    credential=credential,
                    eligibility=report,
                    cost=cost,
                    reasons=_reasons(credential, setting, fits, preferred, report, cost),
                ),
            )
        )
    return tuple(recommendation for _, recommendation in sorted(ranked, key=lambda r: r[0]))


def _reasons(
    credential: Credential,
    setting: CareerSetting,
    fits: bool,
    preferred: bool,
    report: EligibilityReport,
    cost: CostBreakdown,
) -> tuple[Reason, ...]:
    goal = label(setting)
    reasons = [Reason(text=_eligibility_text(report), sources=_sources(credential, report))]
    if fits:
        reasons.append(Reason(text=f"targets {goal}", sources=credential.sources_for("settings")))
    if preferred:
        reasons.append(
            Reason(
                text=f"sources say it is often preferred for {goal}",
                sources=credential.sources_for("preferred_for"),
            )
        )
    cost_sources = {s.id: s for item in cost.items for s in item.sources}
    reasons.append(
        Reason(
            text=f"cost: {cost}",
            sources=tuple(cost_sources.values()) or credential.sources_for("prices"),
        )
    )
    return tuple(reasons)


def _eligibility_text(report: EligibilityReport) -> str:
    """``eligibility: not-eligible (not met: at least 18 years old)``: the verdict and the
    requirements that decide it, each named once; the report has the details."""
    deciding = report.unmet or report.undecided
    verdict = "not met" if report.unmet else "not known"
    subjects = without_repeats(check.subject for check in deciding)
    why = f" ({verdict}: {'; '.join(subjects)})" if subjects else ""
    return f"eligibility: {report.status.value}{why}"


def _sources(credential: Credential, report: EligibilityReport) -> tuple[Source, ...]:
    checks = (*report.unmet, *report.undecided, *report.met)
    found = tuple({s.id: s for check in checks for s in check.sources}.values())
    # No condition to cite: the verdict rests on the record saying what is (not) required.
    return found or credential.sources_for("requirements_known")
