"""fitcerts: typed, versioned data on fitness and strength-and-conditioning credentials.

Importing costs next to nothing: record types are imported on first use and the data release
is read on the first lookup, once, under a lock.

>>> import fitcerts
>>> fitcerts.get("nasm pes").id
'NASM-PES'
"""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar, overload

from ._version import DATA_VERSION
from .errors import (
    AmbiguousCredentialError,
    DataIntegrityError,
    DataValidationError,
    DuplicateCredentialError,
    FieldPathError,
    MissingRateError,
    MixedCurrencyError,
    ProfileError,
    UnknownCredentialError,
    UnknownDataVersionError,
    UnknownOrganizationError,
    UnknownTierError,
    UnknownValueError,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping
    from decimal import Decimal

    import pandas as pd

    from .catalog import Catalog
    from .changes import DataDiff, FieldChange, RecordChange
    from .comparison import Cell, Comparison, Row
    from .cost_lines import Conversion, CostBreakdown, CostItem, MembershipDecision
    from .cost_terms import Member
    from .eligibility_rules import ConditionCheck, EligibilityReport, EligibilityStatus
    from .exports import Format
    from .local import LocalRelease
    from .markets import Market
    from .profile import Profile
    from .recommendations import Reason, Recommendation
    from .records import (
        Accreditation,
        AssessmentPart,
        Citation,
        Condition,
        ContinuingEducation,
        Credential,
        Disagreement,
        Exam,
        FactAge,
        Gap,
        MembershipTier,
        Organization,
        PassingScore,
        PassRate,
        Price,
        Recertification,
        Requirement,
        Source,
    )
    from .release import Release
    from .schema import SchemaKind
    from .shelf import ReleaseRecords
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
        Vocabulary,
    )

__all__ = [
    "DATA_VERSION",
    "Accreditation",
    "AmbiguousCredentialError",
    "AssessmentFormat",
    "AssessmentPart",
    "Audience",
    "CareerSetting",
    "Catalog",
    "Cell",
    "Citation",
    "Comparison",
    "Condition",
    "ConditionCheck",
    "ConditionKind",
    "ContinuingEducation",
    "Conversion",
    "CostBreakdown",
    "CostItem",
    "Credential",
    "CredentialKind",
    "Currency",
    "DataDiff",
    "DataIntegrityError",
    "DataValidationError",
    "Disagreement",
    "DuplicateCredentialError",
    "EarningMethod",
    "Education",
    "EligibilityReport",
    "EligibilityStatus",
    "Exam",
    "ExamDelivery",
    "FactAge",
    "FieldChange",
    "FieldPathError",
    "Gap",
    "GapField",
    "GapReason",
    "Market",
    "MembershipDecision",
    "MembershipTier",
    "MissingRateError",
    "MixedCurrencyError",
    "Organization",
    "OrganizationType",
    "PassRate",
    "PassRatePopulation",
    "PassingScore",
    "Price",
    "PriceBound",
    "PriceItem",
    "Profile",
    "ProfileError",
    "QuestionFormat",
    "Reason",
    "Recertification",
    "Recommendation",
    "RecordChange",
    "Release",
    "ReleaseRecords",
    "Requirement",
    "RequirementLevel",
    "Row",
    "ScoreScale",
    "Source",
    "SourceKind",
    "TaxTreatment",
    "UnknownCredentialError",
    "UnknownDataVersionError",
    "UnknownOrganizationError",
    "UnknownTierError",
    "UnknownValueError",
    "Vocabulary",
    "__version__",
    "clear_caches",
    "compare",
    "cost_of_ownership",
    "credentials",
    "data_versions",
    "diff",
    "eligibility",
    "eligibility_frame",
    "eligibility_table",
    "eligible",
    "explain",
    "export",
    "get",
    "json_schema",
    "load",
    "load_folder",
    "organization",
    "organizations",
    "recommend",
    "rule_texts",
    "to_dataframe",
    "total_cost",
]

T = TypeVar("T")
_NO_DEFAULT = object()

# Where each public name lives; imported on first use, so ``import fitcerts`` stays cheap.
_LAZY = {
    "Accreditation": "records",
    "MembershipTier": "records",
    "ContinuingEducation": "records",
    "AssessmentPart": "records",
    "Citation": "records",
    "Condition": "records",
    "Credential": "records",
    "FactAge": "records",
    "Gap": "records",
    "Disagreement": "records",
    "Exam": "records",
    "Organization": "records",
    "PassingScore": "records",
    "PassRate": "records",
    "Price": "records",
    "Recertification": "records",
    "Requirement": "records",
    "Source": "records",
    "Audience": "vocabulary",
    "CareerSetting": "vocabulary",
    "ConditionKind": "vocabulary",
    "CredentialKind": "vocabulary",
    "Currency": "vocabulary",
    "EarningMethod": "vocabulary",
    "Education": "vocabulary",
    "ExamDelivery": "vocabulary",
    "GapField": "vocabulary",
    "GapReason": "vocabulary",
    "OrganizationType": "vocabulary",
    "PriceBound": "vocabulary",
    "PriceItem": "vocabulary",
    "QuestionFormat": "vocabulary",
    "RequirementLevel": "vocabulary",
    "ScoreScale": "vocabulary",
    "SourceKind": "vocabulary",
    "Vocabulary": "vocabulary",
    "TaxTreatment": "vocabulary",
    "PassRatePopulation": "vocabulary",
    "AssessmentFormat": "vocabulary",
    "Catalog": "catalog",
    "Cell": "comparison",
    "Comparison": "comparison",
    "Row": "comparison",
    "CostBreakdown": "cost_lines",
    "CostItem": "cost_lines",
    "Conversion": "cost_lines",
    "Market": "markets",
    "MembershipDecision": "cost_lines",
    "DataDiff": "changes",
    "FieldChange": "changes",
    "RecordChange": "changes",
    "ConditionCheck": "eligibility_rules",
    "EligibilityReport": "eligibility_rules",
    "EligibilityStatus": "eligibility_rules",
    "Profile": "profile",
    "Reason": "recommendations",
    "Recommendation": "recommendations",
    "Release": "release",
    "ReleaseRecords": "shelf",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("fitcerts")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fitcerts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"fitcerts.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


_default: Release | None = None


def _release() -> Release:
    global _default
    if _default is None:
        _default = load(DATA_VERSION)
    return _default


def data_versions() -> tuple[str, ...]:
    """Every data release bundled with this package, oldest first; the last is DATA_VERSION."""
    from .release import data_versions

    return data_versions()


def load(version: str) -> Release:
    """One bundled data release, pinned: the same answers for as long as you like.

    It offers the module's API (``get``, ``credentials``, ``total_cost``, ``compare``,
    ``eligibility``, ``recommend``, ...), answering from its own data: a profile's credential
    keys, too, are resolved by it. An unknown or malformed version raises
    :class:`UnknownDataVersionError` listing the available ones. Each release is read once.
    """
    from .release import load

    return load(version)


def clear_caches() -> None:
    """Forget loaded releases and remembered answers (a long-running service may call this);
    the next use reads the data afresh."""
    global _default
    from .release import clear_caches

    clear_caches()
    _default = None


@overload
def get(key: str) -> Credential: ...
@overload
def get(key: str, default: T) -> Credential | T: ...


def get(key: str, default: object = _NO_DEFAULT) -> object:
    """The credential named by ``key`` (id, alias or full name, ignoring case and punctuation).

    A miss raises :class:`UnknownCredentialError` suggesting close matches, unless a ``default``
    is given; a key naming several credentials raises :class:`AmbiguousCredentialError`.
    """
    if default is _NO_DEFAULT:
        return _release().get(key)
    return _release().get(key, default)


def credentials(
    *,
    organization: Organization | str | None = None,
    kind: CredentialKind | str | None = None,
    setting: CareerSetting | str | None = None,
) -> tuple[Credential, ...]:
    """Every credential, sorted by id, narrowed by organization, kind and career setting."""
    return _release().credentials(organization=organization, kind=kind, setting=setting)


def organizations() -> tuple[Organization, ...]:
    """Every organization that issues a credential in the catalog, sorted by id."""
    return _release().organizations()


def organization(key: str) -> Organization:
    """The organization named by ``key``; a miss raises :class:`UnknownOrganizationError`."""
    return _release().organization(key)


def total_cost(
    *keys: str | Credential,
    member: Member = False,
    study_materials: bool = True,
    tier: str | None = None,
    profile: Profile | None = None,
    jurisdiction: str | None = None,
    on: datetime.date | None = None,
    attempts: int = 1,
    currency: Currency | str | None = None,
    rates: Mapping[Currency | str, Decimal | int | str] | None = None,
    rates_on: datetime.date | None = None,
) -> CostBreakdown:
    """What earning the credentials named by ``keys`` costs, together.

    ``member`` is True, False, or ``"cheapest"`` (join an organization only where its fee, if
    the data has it, pays for itself; with a ``profile``, only tiers the candidate can hold,
    such as a student tier for a full-time student, are weighed). ``study_materials`` adds
    listed study materials; materials included in another price add nothing. ``tier`` picks a
    price tier where a credential has tiers; None picks the cheapest. Prices are those in force
    ``on`` (default: today) in one market: ``jurisdiction`` (an ISO 3166-1 code; default the
    profile's country, else each credential's home market, its organization's country). A
    credential with no prices there gets none, never another market's;
    ``CostBreakdown.markets`` says which market, and what else exists.
    ``attempts=n`` adds n-1 retake fees. Amounts in different currencies are never added
    unasked: a mix raises :class:`MixedCurrencyError`, unless ``currency="USD"`` with
    ``rates={"GBP": Decimal("1.27")}`` (units of ``currency`` per unit) and ``rates_on=`` (their
    date) ask to convert, which the result's ``conversion`` then names. The result keeps lower
    bounds, approximations and missing prices visible: see :class:`CostBreakdown`.

    >>> import fitcerts
    >>> str(fitcerts.total_cost("CSCS", "NSCA-CPT", member=True, study_materials=False))
    '$640 USD'
    """
    return _release().total_cost(
        *keys,
        member=member,
        study_materials=study_materials,
        tier=tier,
        profile=profile,
        jurisdiction=jurisdiction,
        on=on,
        attempts=attempts,
        currency=currency,
        rates=rates,
        rates_on=rates_on,
    )


def cost_of_ownership(
    *keys: str | Credential,
    years: int,
    member: bool = False,
    profile: Profile | None = None,
    jurisdiction: str | None = None,
    start: datetime.date | None = None,
    currency: Currency | str | None = None,
    rates: Mapping[Currency | str, Decimal | int | str] | None = None,
    rates_on: datetime.date | None = None,
) -> CostBreakdown:
    """Earning the credentials and keeping them for ``years``: each renewal fee that falls due,
    and a member's yearly dues, as lines with their year. Continuing education that the data
    does not price is listed as missing, so the total says it is incomplete.

    >>> import fitcerts
    >>> fitcerts.cost_of_ownership("ACSM-CPT", years=3).total_text   # the exam and one renewal
    '$470 USD'
    """
    return _release().cost_of_ownership(
        *keys,
        years=years,
        member=member,
        profile=profile,
        jurisdiction=jurisdiction,
        start=start,
        currency=currency,
        rates=rates,
        rates_on=rates_on,
    )


def compare(
    a: str | Credential,
    b: str | Credential,
    *more: str | Credential,
    on: datetime.date | None = None,
    jurisdiction: str | None = None,
) -> Comparison:
    """Two or more credentials side by side: cost, prerequisites, exam, pass rate, settings.

    Prices are those in force ``on`` (default: today) of one market: the country
    ``jurisdiction`` names, else each credential's home market (its organization's country).
    A credential with no prices there shows none. ``Comparison.elsewhere`` names the markets
    left out."""
    return _release().compare(a, b, *more, on=on, jurisdiction=jurisdiction)


def eligibility(
    profile: Profile,
    key: str | Credential,
    *,
    on: datetime.date | None = None,
    jurisdiction: str | None = None,
) -> EligibilityReport:
    """Whether ``profile`` may sit for a credential: eligible, not eligible, or unknown.

    Judged by the rules in force ``on`` (default: today); rules that start later are judged
    too and listed as ``report.upcoming`` with their dates. A rule for candidates in one
    country binds a candidate in ``jurisdiction`` (default: the profile's ``country``); where
    neither says, such a rule that is not met leaves the verdict unknown: fitcerts does not
    guess where a candidate lives.

    >>> import fitcerts
    >>> fitcerts.eligibility(fitcerts.Profile(age=17), "NSCA-CPT").status.value
    'not-eligible'
    """
    return _release().eligibility(profile, key, on=on, jurisdiction=jurisdiction)


def eligibility_table(
    profile: Profile, *, on: datetime.date | None = None, jurisdiction: str | None = None
) -> tuple[EligibilityReport, ...]:
    """The eligibility report of ``profile`` for every credential, sorted by id; see
    :func:`eligibility` for ``jurisdiction``."""
    return _release().eligibility_table(profile, on=on, jurisdiction=jurisdiction)


def eligible(
    profile: Profile, *, on: datetime.date | None = None, jurisdiction: str | None = None
) -> tuple[Credential, ...]:
    """The credentials ``profile`` is known to be eligible for, sorted by id."""
    return _release().eligible(profile, on=on, jurisdiction=jurisdiction)


def recommend(
    profile: Profile, goal: CareerSetting | str, *, on: datetime.date | None = None
) -> tuple[Recommendation, ...]:
    """Credentials for a career goal (``"collegiate"``, ``"private practice"``, …), best first.

    Ranked eligible, then unknown, then not eligible; then by how well each targets the goal,
    then by whether sources say it is preferred there. Credentials already held are left out.
    """
    return _release().recommend(profile, goal, on=on)


def diff(old: str | Release, new: str | Release) -> DataDiff:
    """What changed from one data release to another (versions such as ``"2026.1"``, or releases).

    Lists credentials, organizations and sources added and removed, and for each changed record
    (a credential, an organization, or a source whose own title, publisher, address, date or
    kind changed) the field paths with old and new values and the sources of each.

    >>> import fitcerts
    >>> first = fitcerts.diff("2026.1", "2026.2").changed[0]
    >>> first.id, first.changes[0].path, first.changes[0].new
    ('CSCCa', 'founded', 2000)
    """
    from .release import Release

    def release(given: str | Release) -> Release:
        return given if isinstance(given, Release) else load(given)

    return release(old).diff(release(new))


def json_schema(kind: SchemaKind = "data") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the data files, or with ``"export"`` of the JSON export.

    Both are derived from the record types and share their ``$defs``. Any other ``kind`` raises
    :class:`UnknownValueError` (a ``ValueError``) naming the allowed ones.
    """
    from .schema import json_schema

    return json_schema(kind)


def to_dataframe(
    catalog: Release | None = None, *, exact: bool = False, jurisdiction: str | None = None
) -> pd.DataFrame:
    """A release (the newest, or ``catalog``) as a pandas DataFrame, one row per credential.

    Needs the ``fitcerts[pandas]`` extra. Prices are ``Float64`` beside their ``currency``, ready
    to plot (``exact=True``: exact ``Decimal`` objects); unknown values stay missing, never 0.
    Each row's prices are of one market, named in its ``market`` column: ``jurisdiction`` where
    given, else the credential's home market.
    """
    from .frames import to_dataframe

    return to_dataframe(catalog, exact=exact, jurisdiction=jurisdiction)


def eligibility_frame(
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: datetime.date | None = None,
    with_cost: bool = False,
    exact: bool = False,
    details: bool = False,
    chunksize: int = 100_000,
    jurisdiction: str | None = None,
    reasons: Literal["text", "codes"] = "text",
) -> pd.DataFrame:
    """Eligibility of every profile (a DataFrame row each) for every credential, as a DataFrame.

    Needs the ``fitcerts[pandas]`` extra. Cells may be spelled as spreadsheets write them
    (yes/no, ``;``-separated lists, numpy values); invalid rows are kept, marked ``"invalid"``.
    Rules, and with ``with_cost=True`` the prices of the cost columns, are those in force ``on``
    (default: today). Judged column-wise, ``chunksize`` profiles at a time; ``details=True``
    adds the met, unmet, undecided, recommended and upcoming reasons as columns. A row's
    ``country`` is where the candidate is (the market of its cost, the place of rules for one
    country); ``jurisdiction`` fills it in where a row leaves it empty. ``reasons="codes"``
    gives the unmet and undecided rules as bit sets in place of texts, much faster on a large
    cohort: :func:`rule_texts` says what each bit names, :func:`explain` words chosen rows.
    """
    from .frames import eligibility_frame

    return eligibility_frame(
        profiles,
        catalog,
        on=on,
        with_cost=with_cost,
        exact=exact,
        details=details,
        chunksize=chunksize,
        jurisdiction=jurisdiction,
        reasons=reasons,
    )


def rule_texts(catalog: Release | None = None) -> pd.DataFrame:
    """What each bit of a coded verdict names: one row per credential and requirement (and bit
    15 where the data does not report what a credential requires), with its text. Needs the
    ``fitcerts[pandas]`` extra."""
    from .coded import rule_texts

    return rule_texts(catalog)


def explain(
    rows: pd.DataFrame,
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: datetime.date | None = None,
    jurisdiction: str | None = None,
) -> pd.DataFrame:
    """Rows of a coded ``eligibility_frame`` with their ``reasons`` worded, as
    ``reasons="text"`` words them, by judging again the profiles they name."""
    from .coded import explain

    return explain(rows, profiles, catalog, on=on, jurisdiction=jurisdiction)


def export(
    format: Format,
    dest: str | os.PathLike[str] | IO[str] | None = None,
    *,
    version: str | None = None,
) -> str:
    """The catalog as ``"json"``, ``"csv"`` or ``"ctdl"`` text (CTDL JSON-LD in the Credential
    Registry's shape; ``"jsonld"`` is the same), written to ``dest`` too.

    ``version`` pins a data release (default: the newest). Exports are deterministic.
    """
    from .exports import export

    return export(format, dest, version=version)


def load_folder(path: str | os.PathLike[str], base: str | None = None) -> LocalRelease:
    """A release folder of your own, read and checked as strictly as a bundled one: alone, or
    with ``base="2026.3"`` added to (and replacing by id) a bundled release's records.

    See docs/recipes.md for a gym's in-house credential.
    """
    from .local import load_folder

    return load_folder(path, base)
