"""A release as normalized tables: the one layout the data package and the SQLite database share.

Each table has typed fields (vocabularies as closed sets), a primary key and foreign keys, so a
tool outside Python (a spreadsheet, R, SQL, JavaScript) reads the same facts the API gives, with
nothing flattened away. Unknown stays empty, never 0: a price with no amount says why in its
``bound`` column. Every row is built from the records alone, in data order, so the same release
always gives the same tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

import attrs

from .markets import market_of
from .records import (
    Condition,
    Credential,
    MembershipTier,
    Organization,
    Price,
    Requirement,
    Source,
)
from .release import Release
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

__all__ = ["Field", "ForeignKey", "Table", "released_on", "tables", "value_text"]

FieldType = Literal["string", "integer", "number", "boolean", "date", "array"]
Cell = str | int | Decimal | bool | date | tuple[str, ...] | None


@attrs.frozen
class Field:
    """One column: its name, Table Schema type, meaning, allowed values and whether it is
    always filled."""

    name: str
    type: FieldType
    description: str
    enum: tuple[str, ...] | None = None
    required: bool = False


@attrs.frozen
class ForeignKey:
    """``fields`` of a row name a row of ``table`` by its primary key."""

    fields: tuple[str, ...]
    table: str
    references: tuple[str, ...] = ("id",)


@attrs.frozen
class Table:
    """A table: what it holds, its columns, keys and rows (cells in column order)."""

    name: str
    description: str
    fields: tuple[Field, ...]
    rows: tuple[tuple[Cell, ...], ...]
    primary_key: tuple[str, ...] = ("id",)
    foreign_keys: tuple[ForeignKey, ...] = ()


def tables(release: Release) -> tuple[Table, ...]:
    """The release's tables, parents before the tables that point at them."""
    organizations = release.organizations()
    credentials = release.credentials()
    built = _Builder()
    for organization in organizations:
        built.organization(organization)
    for credential in credentials:
        built.credential(credential)
    built.sources = [_source_row(s) for s in release.sources()]
    return built.tables()


def value_text(cell: Decimal | date | tuple[str, ...]) -> str:
    """A decimal without exponent, an ISO date, a JSON array: how every export writes the
    cells that are neither text, numbers nor flags."""
    if isinstance(cell, Decimal):
        return format(cell, "f")
    if isinstance(cell, date):
        return cell.isoformat()
    return json.dumps(list(cell), ensure_ascii=False)


def released_on(release: Release) -> date | None:
    """The day a bundled release was released, as its manifest says; ``None`` for a release
    read from a folder or JSON."""
    from .dataformat import read_manifest, release_folder

    try:
        manifest = read_manifest(release_folder(release.version), release.version)
    except (LookupError, OSError):
        return None
    return date.fromisoformat(str(manifest["released"]))


# --- columns ---------------------------------------------------------------------------------


def _values(vocabulary: type[Vocabulary]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in vocabulary)


def _id(description: str) -> Field:
    return Field("id", "string", description, required=True)


def _owner_fields() -> tuple[Field, ...]:
    return (
        Field("credential", "string", "the credential it belongs to (empty: an organization's)"),
        Field(
            "organization", "string", "the organization whose record it belongs to", required=True
        ),
    )


_OWNER_KEYS = (
    ForeignKey(("credential",), "credentials"),
    ForeignKey(("organization",), "organizations"),
)

_ORGANIZATIONS = (
    _id("the organization's id, as fitcerts.organization() takes it"),
    Field("name", "string", "full name", required=True),
    Field("abbreviation", "string", "the short name it goes by", required=True),
    Field("founded", "integer", "the year it was founded"),
    Field("type", "string", "what kind of body it is", _values(OrganizationType)),
    Field("headquarters", "string", "where it is based"),
    Field("country", "string", "ISO 3166-1 code of its country: its credentials' home market"),
    Field("website", "string", "its website"),
    Field("description", "string", "what it is, in fitcerts' own words", required=True),
)

_CREDENTIALS = (
    _id("the credential's id, as fitcerts.get() takes it"),
    Field("name", "string", "full name", required=True),
    Field("organization", "string", "the issuing organization", required=True),
    Field("kind", "string", "certification, specialization, ...", _values(CredentialKind), True),
    Field("description", "string", "what it is, in fitcerts' own words", required=True),
    Field("aliases", "array", "other names it is looked up by"),
    Field("settings", "array", f"career settings it suits; each one of {_values(CareerSetting)}"),
    Field("preferred_for", "array", "settings where sources say employers prefer it"),
    Field("earned_by", "string", "how it is earned", _values(EarningMethod)),
    Field("established", "integer", "the year it was first awarded"),
    Field(
        "requirements_known", "boolean", "false: the prerequisites are not reported", required=True
    ),
    Field("expected_knowledge", "array", "what candidates are expected to know (not required)"),
    Field("exam_questions", "integer", "questions in the exam"),
    Field("exam_scored_questions", "integer", "of them, scored"),
    Field("exam_unscored_questions", "integer", "of them, unscored (pretest)"),
    Field("exam_question_format", "string", "the question format", _values(QuestionFormat)),
    Field("exam_minutes", "integer", "the exam's length in minutes"),
    Field("passing_score", "number", "the score that passes, on passing_score_scale"),
    Field("passing_score_scale", "string", "percent or scaled", _values(ScoreScale)),
    Field("exam_topics", "array", "what the exam covers"),
    Field("exam_sections", "array", "the exam's sections, as the sources name them"),
    Field("exam_delivery", "array", f"how it is sat; each one of {_values(ExamDelivery)}"),
    Field("exam_languages", "array", "BCP 47 tags of the languages the exam is offered in"),
)

_TIERS = (
    _id("organization/tier"),
    Field("organization", "string", "the organization", required=True),
    Field("tier", "string", "the tier's id within the organization", required=True),
    Field("name", "string", "the tier's name", required=True),
)

_PRICES = (
    _id("where the price stands: CSCS/prices/0, NSCA/memberships/student/prices/0"),
    *_owner_fields(),
    Field("membership_tier", "string", "the membership tier it is a fee of, if any"),
    Field("position", "integer", "its place in its list, from 0", required=True),
    Field("pays_for", "string", "what it pays for", _values(PriceItem), True),
    Field("amount", "number", "exact decimal; empty when not reported or included"),
    Field("currency", "string", "ISO 4217 code of amount", _values(Currency), True),
    Field(
        "bound",
        "string",
        "exact, lower-bound (from ...), approximate, included or not-reported: what amount means",
        _values(PriceBound),
        True,
    ),
    Field(
        "included_in", "string", "with bound included: the price it is part of", _values(PriceItem)
    ),
    Field("audience", "string", "who pays it", _values(Audience), True),
    Field("tier", "string", "the price tier (a package) it is for"),
    Field("tier_name", "string", "that tier's name"),
    Field("tax", "string", "whether tax is inside it", _values(TaxTreatment), True),
    Field(
        "jurisdiction",
        "string",
        "ISO 3166-1 code of the market it is for: its own place, else its issuer's country",
    ),
    Field("language", "string", "BCP 47 tag of the route it belongs to, if one"),
    Field("valid_from", "date", "the first day it holds, where a page says"),
    Field("valid_until", "date", "the last day it holds, where a page says"),
    Field("stated_in", "integer", "the only year a page states it for"),
    Field("note", "string", "what else a reader needs to know"),
)

_REQUIREMENTS = (
    _id("CSCS/requirements/0, NSCA/memberships/student/requirements/0"),
    *_owner_fields(),
    Field("membership_tier", "string", "the membership tier it is a condition of, if any"),
    Field("position", "integer", "its place in its list, from 0", required=True),
    Field(
        "level",
        "string",
        "required or recommended: never the same",
        _values(RequirementLevel),
        True,
    ),
    Field("description", "string", "the alternatives, any one of which meets it", required=True),
    Field("effective_from", "date", "the first day it applies"),
    Field("effective_until", "date", "the last day it applies"),
    Field("jurisdiction", "string", "ISO 3166-1 code: it binds candidates there only"),
)

_CONDITIONS = (
    _id("requirement/position, and /position again inside an all-of group"),
    Field("requirement", "string", "the requirement it is an alternative of", required=True),
    Field("parent", "string", "the all-of group it is part of, if any"),
    Field("position", "integer", "its place among its siblings, from 0", required=True),
    Field("kind", "string", "what it checks", _values(ConditionKind), True),
    Field("minimum_age", "integer", "with minimum-age: the age"),
    Field("education", "string", "with education: the least level", _values(Education)),
    Field("credentials", "array", "credentials that meet it"),
    Field("or_similar", "boolean", "true: similar credentials meet it too", required=True),
    Field("hours", "integer", "hours of experience asked for"),
    Field("years", "integer", "years of experience asked for"),
    Field("accreditors", "array", "accrediting bodies whose programs meet it"),
    Field("organization", "string", "with membership: the organization"),
    Field("tier", "string", "with membership: the tier's id within it"),
    Field("description", "string", "the condition in words", required=True),
)

_PARTS = (
    _id("credential/parts/position"),
    Field("credential", "string", "the credential", required=True),
    Field("position", "integer", "its place, from 0", required=True),
    Field("name", "string", "the part's name", required=True),
    Field("format", "string", "what kind of assessment", _values(AssessmentFormat), True),
    Field("minutes", "integer", "its length in minutes"),
    Field("description", "string", "what it asks"),
)

_PASS_RATES = (
    _id("credential/pass_rates/position"),
    Field("credential", "string", "the credential", required=True),
    Field("position", "integer", "its place, from 0", required=True),
    Field("year", "integer", "the year it counts", required=True),
    Field("percent", "number", "share of candidates who passed, in percent", required=True),
    Field("population", "string", "whom it counts", _values(PassRatePopulation), True),
)

_RECERTIFICATION = (
    _id("the credential"),
    Field("credential", "string", "the credential", required=True),
    Field("expires", "boolean", "false: held for life; empty: not stated"),
    Field("cycle_years", "integer", "years between renewals"),
    Field("ceus", "number", "continuing education units a cycle (older releases)"),
    Field("ce_amount", "number", "continuing education a cycle, in ce_unit"),
    Field("ce_unit", "string", "the unit of ce_amount (CEU, CEC, hours, points, ...)"),
    Field("ce_hours", "number", "that continuing education in hours, where stated"),
    Field("ce_from_issuer", "number", "the least of ce_amount that must come from the issuer"),
    Field("grace_months", "integer", "months after expiry a late renewal is still taken"),
    Field("reexamination", "boolean", "true: passing the exam again renews instead"),
    Field("requires_cpr_aed", "boolean", "true: CPR/AED must be kept current"),
    Field("note", "string", "what else a holder needs to know"),
)

_ACCREDITATIONS = (
    _id("credential/accreditations/position"),
    Field("credential", "string", "the credential", required=True),
    Field("position", "integer", "its place, from 0", required=True),
    Field("body", "string", "the accrediting body", required=True),
    Field("since", "date", "the day accreditation began, where stated"),
    Field("year", "integer", "or only its year"),
)

_SOURCES = (
    _id("the source's id"),
    Field("title", "string", "the page's or document's title", required=True),
    Field("publisher", "string", "who published it"),
    Field("url", "string", "where it is, when it is online"),
    Field("as_of", "date", "the day it states"),
    Field("year", "integer", "or only the year it states"),
    Field("month", "integer", "and the month"),
    Field("date_note", "string", "why a date it implies but does not print was chosen"),
    Field("kind", "string", "official, article or third-party", _values(SourceKind), True),
    Field("dated", "string", "its date as precisely as it states it, or undated", required=True),
)

_CITATIONS = (
    _id("record/path/source"),
    *_owner_fields(),
    Field("path", "string", "the fact, as sources_for() takes it (empty: the record's identity)"),
    Field("source", "string", "a source that states it", required=True),
)

_DISAGREEMENTS = (
    _id("record/disagreements/position"),
    *_owner_fields(),
    Field("position", "integer", "its place, from 0", required=True),
    Field("path", "string", "the fact the sources disagree about", required=True),
    Field("value", "string", "the value these sources give instead", required=True),
    Field("note", "string", "why the data keeps its own value"),
)

_GAPS = (
    _id("record/gaps/position"),
    *_owner_fields(),
    Field("position", "integer", "its place, from 0", required=True),
    Field("field", "string", "the missing value", _values(GapField), True),
    Field("reason", "string", "why it is missing", _values(GapReason), True),
    Field("note", "string", "what was found instead", required=True),
    Field("searched", "array", "the searches and pages looked at"),
    Field("searched_on", "date", "the day of the search"),
)


# --- rows ------------------------------------------------------------------------------------


def _minutes(duration: timedelta | None) -> int | None:
    return None if duration is None else int(duration.total_seconds()) // 60


def _texts(values: Sequence[object]) -> tuple[str, ...]:
    return tuple(str(value) for value in values)


def _value(member: Vocabulary | None) -> str | None:
    return None if member is None else str(member.value)


def _source_row(source: Source) -> tuple[Cell, ...]:
    return (
        source.id,
        source.title,
        source.publisher,
        source.url,
        source.as_of,
        source.year,
        source.month,
        source.date_note,
        source.kind.value,
        source.dated,
    )


class _Builder:
    """Rows of every table, filled record by record."""

    def __init__(self) -> None:
        self.organizations: list[tuple[Cell, ...]] = []
        self.credentials: list[tuple[Cell, ...]] = []
        self.tiers: list[tuple[Cell, ...]] = []
        self.prices: list[tuple[Cell, ...]] = []
        self.requirements: list[tuple[Cell, ...]] = []
        self.conditions: list[tuple[Cell, ...]] = []
        self.parts: list[tuple[Cell, ...]] = []
        self.pass_rates: list[tuple[Cell, ...]] = []
        self.recertification: list[tuple[Cell, ...]] = []
        self.accreditations: list[tuple[Cell, ...]] = []
        self.sources: list[tuple[Cell, ...]] = []
        self.citations: list[tuple[Cell, ...]] = []
        self.disagreements: list[tuple[Cell, ...]] = []
        self.gaps: list[tuple[Cell, ...]] = []

    def organization(self, o: Organization) -> None:
        self.organizations.append(
            (
                o.id,
                o.name,
                o.abbreviation,
                o.founded,
                _value(o.type),
                o.headquarters,
                o.country,
                o.website,
                o.description,
            )
        )
        owner = (None, o.id)
        self._prices(o.id, owner, None, o.prices, o.country)
        for tier in o.memberships:
            tier_id = f"{o.id}/{tier.id}"
            self.tiers.append((tier_id, o.id, tier.id, tier.name))
            self._prices(f"{o.id}/memberships/{tier.id}", owner, tier_id, tier.prices, o.country)
            self._requirements(f"{o.id}/memberships/{tier.id}", owner, tier_id, tier.requirements)
        self._notes(o.id, owner, o)
        self._citations(o.id, owner, o, o.memberships)

    def credential(self, c: Credential) -> None:
        exam = c.exam
        score = exam.passing_score
        self.credentials.append(
            (
                c.id,
                c.name,
                c.organization.id,
                c.kind.value,
                c.description,
                c.aliases,
                _texts(c.settings),
                _texts(c.preferred_for),
                _value(c.earned_by),
                c.established,
                c.requirements_known,
                c.expected_knowledge,
                exam.questions,
                exam.scored_questions,
                exam.unscored_questions,
                _value(exam.question_format),
                _minutes(exam.duration),
                score.value if score else None,
                score.scale.value if score else None,
                exam.topics,
                exam.sections,
                _texts(exam.delivery),
                exam.languages,
            )
        )
        owner = (c.id, c.organization.id)
        self._prices(c.id, owner, None, c.prices, c.organization.country)
        self._requirements(c.id, owner, None, c.requirements)
        for i, part in enumerate(exam.parts):
            self.parts.append(
                (
                    f"{c.id}/parts/{i}",
                    c.id,
                    i,
                    part.name,
                    part.format.value,
                    _minutes(part.duration),
                    part.description,
                )
            )
        for i, rate in enumerate(exam.pass_rates):
            self.pass_rates.append(
                (f"{c.id}/pass_rates/{i}", c.id, i, rate.year, rate.percent, rate.population.value)
            )
        renewal = c.recertification
        if renewal is not None:
            ce = renewal.continuing_education
            self.recertification.append(
                (
                    c.id,
                    c.id,
                    renewal.expires,
                    renewal.cycle_years,
                    renewal.ceus,
                    ce.amount if ce else None,
                    ce.unit if ce else None,
                    ce.hours if ce else None,
                    ce.from_issuer if ce else None,
                    renewal.grace_months,
                    renewal.reexamination,
                    renewal.requires_cpr_aed,
                    renewal.note,
                )
            )
        for i, a in enumerate(c.accreditations):
            self.accreditations.append(
                (f"{c.id}/accreditations/{i}", c.id, i, a.body, a.since, a.year)
            )
        self._notes(c.id, owner, c)
        self._citations(c.id, owner, c, ())

    def _prices(
        self,
        stem: str,
        owner: tuple[str | None, str],
        tier: str | None,
        prices: Sequence[Price],
        home: str | None,
    ) -> None:
        for i, p in enumerate(prices):
            self.prices.append(
                (
                    f"{stem}/prices/{i}",
                    *owner,
                    tier,
                    i,
                    p.pays_for.value,
                    p.amount,
                    p.currency.value,
                    p.bound.value,
                    _value(p.included_in),
                    p.audience.value,
                    p.tier,
                    p.tier_name,
                    p.tax.value,
                    market_of(p, home),
                    p.language,
                    p.valid_from,
                    p.valid_until,
                    p.stated_in,
                    p.note,
                )
            )

    def _requirements(
        self,
        stem: str,
        owner: tuple[str | None, str],
        tier: str | None,
        requirements: Sequence[Requirement],
    ) -> None:
        for i, r in enumerate(requirements):
            rid = f"{stem}/requirements/{i}"
            self.requirements.append(
                (
                    rid,
                    *owner,
                    tier,
                    i,
                    r.level.value,
                    r.description,
                    r.effective_from,
                    r.effective_until,
                    r.jurisdiction,
                )
            )
            self._conditions(rid, rid, None, r.any_of)

    def _conditions(
        self,
        stem: str,
        requirement: str,
        parent: str | None,
        conditions: Sequence[Condition],
    ) -> None:
        for i, c in enumerate(conditions):
            cid = f"{stem}/{i}"
            self.conditions.append(
                (
                    cid,
                    requirement,
                    parent,
                    i,
                    c.kind.value,
                    c.minimum_age,
                    _value(c.education),
                    c.credentials,
                    c.or_similar,
                    c.hours,
                    c.years,
                    c.accreditors,
                    c.organization,
                    c.tier,
                    c.description,
                )
            )
            if c.all_of:
                self._conditions(f"{cid}/all_of", requirement, cid, c.all_of)

    def _notes(
        self, stem: str, owner: tuple[str | None, str], record: Credential | Organization
    ) -> None:
        for i, d in enumerate(record.disagreements):
            self.disagreements.append(
                (f"{stem}/disagreements/{i}", *owner, i, d.path, d.value, d.note)
            )
        for i, g in enumerate(record.gaps):
            self.gaps.append(
                (
                    f"{stem}/gaps/{i}",
                    *owner,
                    i,
                    g.field.value,
                    g.reason.value,
                    g.note,
                    g.searched,
                    g.searched_on,
                )
            )

    def _citations(
        self,
        stem: str,
        owner: tuple[str | None, str],
        record: Credential | Organization,
        tiers: Sequence[MembershipTier],
    ) -> None:
        seen: set[tuple[str, str]] = set()
        for path, sources in _cited(record, tiers):
            for source in sources:
                if (path, source.id) not in seen:
                    seen.add((path, source.id))
                    self.citations.append((f"{stem}/{path}/{source.id}", *owner, path, source.id))

    def tables(self) -> tuple[Table, ...]:
        cite = ForeignKey(("source",), "sources")
        credential = (ForeignKey(("credential",), "credentials"),)
        tier = ForeignKey(("membership_tier",), "membership_tiers")
        return (
            Table(
                "sources",
                "Every page or document a fact is taken from, with the date it states.",
                _SOURCES,
                tuple(self.sources),
            ),
            Table(
                "organizations",
                "The bodies that issue credentials.",
                _ORGANIZATIONS,
                tuple(self.organizations),
            ),
            Table(
                "credentials",
                "One row per credential, with its exam.",
                _CREDENTIALS,
                tuple(self.credentials),
                foreign_keys=(ForeignKey(("organization",), "organizations"),),
            ),
            Table(
                "membership_tiers",
                "The ways of belonging to an organization.",
                _TIERS,
                tuple(self.tiers),
                foreign_keys=(ForeignKey(("organization",), "organizations"),),
            ),
            Table(
                "prices",
                "Every price of a credential, an organization or a membership "
                "tier, kept exact, lower-bound, approximate, included or not reported.",
                _PRICES,
                tuple(self.prices),
                foreign_keys=(*_OWNER_KEYS, tier),
            ),
            Table(
                "requirements",
                "Prerequisites, required or recommended, each met by any one of its conditions.",
                _REQUIREMENTS,
                tuple(self.requirements),
                foreign_keys=(*_OWNER_KEYS, tier),
            ),
            Table(
                "conditions",
                "The alternatives of each requirement (and the parts of an all-of group).",
                _CONDITIONS,
                tuple(self.conditions),
                foreign_keys=(
                    ForeignKey(("requirement",), "requirements"),
                    ForeignKey(("parent",), "conditions"),
                ),
            ),
            Table(
                "exam_parts",
                "The parts of an assessment.",
                _PARTS,
                tuple(self.parts),
                foreign_keys=credential,
            ),
            Table(
                "pass_rates",
                "Pass rates, one a year and population.",
                _PASS_RATES,
                tuple(self.pass_rates),
                foreign_keys=credential,
            ),
            Table(
                "recertification",
                "How a credential is kept.",
                _RECERTIFICATION,
                tuple(self.recertification),
                foreign_keys=credential,
            ),
            Table(
                "accreditations",
                "Who accredits a credential.",
                _ACCREDITATIONS,
                tuple(self.accreditations),
                foreign_keys=credential,
            ),
            Table(
                "citations",
                "Which source states which fact of a record.",
                _CITATIONS,
                tuple(self.citations),
                foreign_keys=(*_OWNER_KEYS, cite),
            ),
            Table(
                "disagreements",
                "Values other sources give, which the data does not keep, and why.",
                _DISAGREEMENTS,
                tuple(self.disagreements),
                foreign_keys=_OWNER_KEYS,
            ),
            Table(
                "gaps",
                "Why a value is missing, with what was searched.",
                _GAPS,
                tuple(self.gaps),
                foreign_keys=_OWNER_KEYS,
            ),
        )


def _cited(
    record: Credential | Organization, tiers: Sequence[MembershipTier]
) -> Iterator[tuple[str, Sequence[Source]]]:
    """Each cited fact of ``record`` and its sources: the record's identity (path ""), its
    citations, and every item that carries sources of its own."""
    yield "", record.sources
    for citation in record.citations:
        yield citation.path, citation.sources
    lists: list[tuple[str, Sequence[object]]] = [
        ("prices", record.prices),
        ("disagreements", record.disagreements),
        ("gaps", record.gaps),
    ]
    if isinstance(record, Credential):
        lists += [("requirements", record.requirements)]
        lists += [("accreditations", record.accreditations)]
    for name, items in lists:
        for i, item in enumerate(items):
            yield f"{name}[{i}]", getattr(item, "sources", ())
    for t, tier in enumerate(tiers):
        yield f"memberships[{t}]", tier.sources
        for j, price in enumerate(tier.prices):
            yield f"memberships[{t}].prices[{j}]", price.sources
        for k, requirement in enumerate(tier.requirements):
            yield f"memberships[{t}].requirements[{k}]", requirement.sources
