"""Checks across records that structuring cannot make: uniqueness, references, sourcing, dates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs

from .dataformat import TABLES, version_key
from .field_paths import covers
from .lookup import normalize, short_names
from .presentation import price_text
from .records import (
    CONDITION_EXTRAS,
    CONDITION_VALUE,
    Condition,
    Credential,
    Organization,
    Price,
    Requirement,
)
from .shelf import ReleaseRecords
from .vocabulary import PriceBound, PriceItem, ScoreScale

__all__ = ["problems"]

_TIER = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

# From this release on, every value cites a source of its own: a record's sources back only its
# identity, and nothing falls back to them (earlier releases are never edited, so they keep it).
EXPLICIT_CITATIONS_FROM = (2026, 3)
# From this release on, two dated prices of one slot may not hold on the same day.
PERIODS_CHECKED_FROM = (2026, 4)
# From this release on, every organization names its country and every price the market it is
# for, so an answer for one country never mixes in another's fees.
MARKETS_CHECKED_FROM = (2026, 5)
_IDENTITY = {
    # aliases are fitcerts' lookup keys; requirements_known is backed by the requirements
    Credential: {"id", "name", "organization", "kind", "aliases", "sources", "citations"}
    | {"requirements_known"},
    Organization: {"id", "name", "abbreviation", "sources", "citations"},
}


def problems(records: ReleaseRecords, *, today: date | None = None) -> list[str]:
    """Every problem of a release's records, one line each naming the file and JSON path."""
    today = today or date.today()
    found: list[str] = []
    sources_file, organizations_file, credentials_file = (table.file for table in TABLES)
    found += _duplicate_ids(sources_file, [s.id for s in records.sources])
    organizations = list(records.organizations)
    credentials = list(records.credentials)
    found += _duplicate_ids(organizations_file, [o.id for o in organizations])
    found += _duplicate_ids(credentials_file, [c.id for c in credentials])

    for position, source in enumerate(records.sources):
        where = f"{sources_file} $[{position}]"
        if source.as_of is not None and source.as_of > today:
            found.append(f"{where}.as_of: {source.as_of} is in the future")
        if source.year is not None and source.year > today.year:
            found.append(f"{where}.year: {source.year} is in the future")
        if source.as_of is not None and source.year is not None:
            found.append(f"{where}: give as_of or year, not both")
        if source.month is not None:
            if source.year is None:
                found.append(f"{where}.month: a month needs its year")
            elif not 1 <= source.month <= 12:
                found.append(f"{where}.month: {source.month} is not a month")
            elif (source.year, source.month) > (today.year, today.month):
                found.append(f"{where}.month: {source.year}-{source.month:02d} is in the future")
        if source.date_note is not None and source.as_of is None and source.year is None:
            found.append(f"{where}.date_note: a note on a date that is not given")

    explicit = _release_number(records.version) >= EXPLICIT_CITATIONS_FROM
    periods = _release_number(records.version) >= PERIODS_CHECKED_FROM
    markets = _release_number(records.version) >= MARKETS_CHECKED_FROM
    if explicit:
        tables: tuple[tuple[str, Sequence[Organization | Credential]], ...] = (
            (organizations_file, organizations),
            (credentials_file, credentials),
        )
        for file, table in tables:
            for position, record in enumerate(table):
                found += [
                    f"{file} $[{position}].{path}: no citation of its own; a record's sources "
                    "back only its identity"
                    for path in uncited(record)
                ]

    known_ids = {credential.id for credential in credentials}
    known_organizations = {organization.id for organization in organizations}
    known = (known_ids, known_organizations)
    for position, organization in enumerate(organizations):
        where = f"{organizations_file} $[{position}]"
        found += _check_organization(organization, where, today, known)
        if markets:
            found += _unplaced(organization, where)

    owners: dict[str, tuple[int, str]] = {}
    for position, credential in enumerate(credentials):
        where = f"{credentials_file} $[{position}]"
        found += _check_credential(credential, where, known, today, explicit=explicit)
        if periods:
            found += _overlapping(credential.prices, f"{where}.prices")
        if markets:
            found += _unplaced(credential, where)
        names = [("id", credential.id), ("name", credential.name)]
        names += [(f"aliases[{i}]", alias) for i, alias in enumerate(credential.aliases)]
        for field, name in names:
            key = normalize(name)
            owner = owners.setdefault(key, (position, credential.id))
            if owner[1] != credential.id:
                found.append(
                    f"{where}.{field}: {name!r} also names {owner[1]} "
                    f"({credentials_file} $[{owner[0]}])"
                )
    # A name that is also another credential's short name ("CPT" for NSCA-CPT and NASM-CPT)
    # would answer for one credential where the lookup should say the key is ambiguous.
    short: dict[str, set[str]] = {}
    for credential in credentials:
        for key in short_names(credential.id, credential.organization.id):
            short.setdefault(key, set()).add(credential.id)
    for key, (index, named) in owners.items():
        others = sorted(short.get(key, set()) - {named})
        if others:
            found.append(
                f"{credentials_file} $[{index}]: {named} is named {key!r}, the short name of "
                f"{', '.join(others)}"
            )
    return found


def _unplaced(record: Organization | Credential, where: str) -> list[str]:
    """An organization without its country, and prices that do not say which market they are
    for."""
    found = []
    if isinstance(record, Organization):
        if record.country is None:
            found.append(f"{where}.country: every organization names its country")
        priced = [("prices", record.prices)]
        priced += [(f"memberships[{i}].prices", t.prices) for i, t in enumerate(record.memberships)]
    else:
        priced = [("prices", record.prices)]
    for path, prices in priced:
        found += [
            f"{where}.{path}[{i}].jurisdiction: every price names the market it is for"
            for i, price in enumerate(prices)
            if price.jurisdiction is None
        ]
    return found


def _span(price: Price) -> tuple[date, date]:
    if price.stated_in is not None:
        return date(price.stated_in, 1, 1), date(price.stated_in, 12, 31)
    return price.valid_from or date.min, price.valid_until or date.max


def _overlapping(prices: Sequence[Price], where: str) -> list[str]:
    """Dated prices of one slot (what, for whom, tier, currency, place, language) whose
    periods share a day: on that day no answer could tell which holds. An undated price gives
    way to a dated one (see :func:`fitcerts.records.prices_in_force`), so it is not weighed."""
    found = []
    dated = [(i, p, _span(p)) for i, p in enumerate(prices) if p.dated]
    for n, (i, first, (start, end)) in enumerate(dated):
        for j, second, (other_start, other_end) in dated[n + 1 :]:
            if first.slot == second.slot and start <= other_end and other_start <= end:
                found.append(
                    f"{where}[{i}] and [{j}]: two {first.pays_for.value!r} prices for "
                    f"{first.audience.value!r} hold on the same days ({price_text(first)}; "
                    f"{price_text(second)})"
                )
    return found


def _release_number(version: str) -> tuple[int, int]:
    try:
        return version_key(version)
    except ValueError:  # a folder not named by its version: hold it to the newest rules
        return EXPLICIT_CITATIONS_FROM


def uncited(record: Organization | Credential) -> list[str]:
    """Paths of the record's values that neither carry their own sources nor have a citation."""
    cited = [citation.path for citation in record.citations if citation.sources]
    skip = _IDENTITY[type(record)]
    found: list[str] = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name in skip or value == field.default:
            continue
        for path in _value_paths(value, field.name):
            if not any(covers(citation, path) for citation in cited):
                found.append(path)
    no_prerequisites = (  # a claim too
        isinstance(record, Credential) and record.requirements_known and not record.requirements
    )
    if no_prerequisites and not any(covers(c, "requirements_known") for c in cited):
        found.append("requirements_known")
    return found


def _value_paths(value: Any, path: str) -> list[str]:
    """The paths of the stated values under ``value``: items with their own sources are cited
    by them; a record without sources of its own (the exam, a pass rate) is looked into."""
    if value is None or value == ():
        return []
    if isinstance(value, tuple) and attrs.has(type(value[0])):
        return [p for i, item in enumerate(value) for p in _value_paths(item, f"{path}[{i}]")]
    if attrs.has(type(value)):
        if isinstance(getattr(value, "sources", None), tuple):
            return []
        paths: list[str] = []
        for field in attrs.fields(type(value)):
            inner = getattr(value, field.name)
            if inner != field.default or field.default is attrs.NOTHING:
                paths += _value_paths(inner, f"{path}.{field.name}")
        return paths
    return [path]


def _duplicate_ids(file: str, ids: list[str]) -> list[str]:
    return [
        f"{file} $: id {key!r} is used {count} times"
        for key, count in Counter(ids).items()
        if count > 1
    ]


def _check_citations(record: Organization | Credential, where: str) -> list[str]:
    found = []
    for position, citation in enumerate(record.citations):
        try:
            record.sources_for(citation.path)
        except ValueError as error:
            found.append(f"{where}.citations[{position}].path: {error}")
        if not citation.sources:
            found.append(f"{where}.citations[{position}].sources: no source given")
    return found


Known = tuple[set[str], set[str]]  # the ids of the release's credentials and organizations


def _check_requirements(
    requirements: tuple[Requirement, ...], where: str, known: Known
) -> list[str]:
    found = []
    for r_position, requirement in enumerate(requirements):
        for c_position, condition in enumerate(requirement.any_of):
            path = f"{where}[{r_position}].any_of[{c_position}]"
            found += _check_condition(condition, path, known)
    return found


def _check_condition(condition: Condition, where: str, known: Known) -> list[str]:
    credential_ids, organization_ids = known
    found = [
        f"{where}.credentials[{k}]: no credential with id {held!r}"
        for k, held in enumerate(condition.credentials)
        if held not in credential_ids
    ]
    if condition.organization is not None and condition.organization not in organization_ids:
        found.append(f"{where}.organization: no organization with id {condition.organization!r}")
    applies = (
        "kind",
        "description",
        "or_similar",
        CONDITION_VALUE[condition.kind],
        *CONDITION_EXTRAS.get(condition.kind, ()),
    )
    unused = [
        field.name
        for field in attrs.fields(Condition)
        if field.name not in applies and getattr(condition, field.name) != field.default
    ]
    if unused:
        found.append(
            f"{where}: {', '.join(unused)} do not apply to a {condition.kind.value!r} condition"
        )
    for position, part in enumerate(condition.all_of):
        found += _check_condition(part, f"{where}.all_of[{position}]", known)
    return found


def _check_organization(
    organization: Organization, where: str, today: date, known: Known
) -> list[str]:
    found = _check_citations(organization, where)
    if organization.founded is not None and not 1800 <= organization.founded <= today.year:
        found.append(f"{where}.founded: {organization.founded} is not a plausible year")
    found += _duplicate_ids(f"{where}.memberships", [m.id for m in organization.memberships])
    for position, membership in enumerate(organization.memberships):
        path = f"{where}.memberships[{position}]"
        found += _check_requirements(membership.requirements, f"{path}.requirements", known)
        if not any(p.pays_for is PriceItem.MEMBERSHIP for p in membership.prices):
            found.append(f"{path}.prices: a membership tier needs its membership fee")
    return found


def _check_credential(
    credential: Credential, where: str, known: Known, today: date, *, explicit: bool
) -> list[str]:
    found = _check_citations(credential, where)
    exam = credential.exam
    if exam.questions is not None and exam.questions <= 0:
        found.append(f"{where}.exam.questions: must be positive")
    if exam.duration is not None and exam.duration.total_seconds() <= 0:
        found.append(f"{where}.exam.duration: must be positive")
    score = exam.passing_score
    if score is not None and score.scale is ScoreScale.PERCENT and score.value > 100:
        found.append(f"{where}.exam.passing_score.value: a percentage above 100")
    for position, rate in enumerate(exam.pass_rates):
        if rate.percent > 100:
            found.append(f"{where}.exam.pass_rates[{position}].percent: above 100")
        if rate.year > today.year:
            found.append(f"{where}.exam.pass_rates[{position}].year: {rate.year} is in the future")
    years = Counter(rate.year for rate in exam.pass_rates)
    found += [f"{where}.exam.pass_rates: year {y} given twice" for y, n in years.items() if n > 1]

    paid_for = {
        price.pays_for for price in credential.prices if price.bound is not PriceBound.INCLUDED
    }
    # Prices for the same thing, audience and tier may differ by currency, place, language or
    # period: only a repeat of all of these is a clash.
    tiers: Counter[tuple[Any, ...]] = Counter()
    for position, price in enumerate(credential.prices):
        if price.included_in is not None and price.included_in not in paid_for:
            found.append(
                f"{where}.prices[{position}].included_in: no {price.included_in.value!r} "
                "price to be included in"
            )
        if price.tier is not None and not _TIER.fullmatch(price.tier):
            found.append(f"{where}.prices[{position}].tier: {price.tier!r} is not a lowercase id")
        if (price.tier is None) != (price.tier_name is None):
            found.append(f"{where}.prices[{position}]: tier and tier_name go together")
        tiers[
            (
                price.pays_for,
                price.audience,
                price.tier,
                price.currency,
                price.jurisdiction,
                price.language,
                price.valid_from,
                price.valid_until,
                price.stated_in,
            )
        ] += 1
    for (pays_for, audience, tier, *_), count in tiers.items():
        if count > 1:
            found.append(
                f"{where}.prices: {count} prices for {pays_for.value!r}, "
                f"audience {audience.value!r}, tier {tier!r} in the same currency, place, "
                "language and period"
            )

    if credential.requirements and not credential.requirements_known:
        found.append(f"{where}.requirements_known: requirements are listed, so set it to true")
    found += _check_requirements(credential.requirements, f"{where}.requirements", known)
    renewal = credential.recertification
    if renewal is not None:
        path = f"{where}.recertification"
        if renewal.cycle_years is not None and renewal.cycle_years < 1:
            found.append(f"{path}.cycle_years: must be at least 1")
        education = renewal.continuing_education
        issuer = education.from_issuer if education is not None else None
        if education is not None and issuer is not None and issuer > education.amount:
            found.append(f"{path}.continuing_education.from_issuer: more than the amount")
        if explicit and renewal.ceus is not None:
            found.append(f"{path}.ceus: say the unit: use continuing_education")
        if renewal.ceus is not None and education is not None:
            found.append(f"{path}: give ceus or continuing_education, not both")
    for position, part in enumerate(credential.exam.parts):
        if part.duration is not None and part.duration.total_seconds() <= 0:
            found.append(f"{where}.exam.parts[{position}].duration: must be positive")
    for position, accreditation in enumerate(credential.accreditations):
        if accreditation.since is not None and accreditation.since > today:
            found.append(f"{where}.accreditations[{position}].since: in the future")
    for position, disagreement in enumerate(credential.disagreements):
        try:
            credential.sources_for(disagreement.path)
        except ValueError as error:
            found.append(f"{where}.disagreements[{position}].path: {error}")
    return found
