"""The catalog as files other systems read: plain JSON, one CSV table, and CTDL JSON-LD.

Every export is deterministic (the same release gives the same bytes) and built only from the
standard library, so exporting never needs pandas or a network.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from datetime import date
from decimal import Decimal
from typing import IO, Any, Literal

from .catalog import Catalog
from .dataformat import TABLES, read_shared
from .errors import DataValidationError, UnknownValueError
from .loading import parse_json, structure_release
from .plain import iso_duration
from .presentation import duration_text, label
from .records import Condition, Credential, Organization, Price, Requirement, Source
from .release import Release, load
from .validate import problems as problems_of
from .vocabulary import ConditionKind, CredentialKind, PriceBound, PriceItem, TaxTreatment

__all__ = ["FORMATS", "Format", "export", "from_json", "jsonld_context", "write_atomically"]

Format = Literal["json", "csv", "jsonld"]
FORMATS: tuple[Format, ...] = ("json", "csv", "jsonld")

_LANGUAGE = "en"
_CERTIFICATION = {
    CredentialKind.CERTIFICATION: "ceterms:Certification",
    CredentialKind.SPECIALIZATION: "ceterms:Certificate",
    CredentialKind.ACCREDITATION: "ceterms:Certification",
}


def export(
    format: Format,
    dest: str | os.PathLike[str] | IO[str] | None = None,
    *,
    version: str | None = None,
) -> str:
    """The catalog (newest release, or ``version``) as ``"json"``, ``"csv"`` or ``"jsonld"``.

    Returns the text, and also writes it to ``dest`` (a path or an open text file) if given.
    A path is written whole or not at all: the text goes to a temporary file beside it, which
    then replaces it (a link there is replaced, never written through), so a failure such as a
    full disk leaves any previous file as it was.
    """
    if format not in FORMATS:
        raise UnknownValueError("export format", format, FORMATS)
    writable = dest is None or isinstance(dest, (str, os.PathLike)) or hasattr(dest, "write")
    if not writable:
        raise TypeError(f"dest must be a path or an open text file, not {type(dest).__name__}")
    release = load() if version is None else load(version)
    text = {"json": _json, "csv": _csv, "jsonld": _jsonld}[format](release)
    if isinstance(dest, (str, os.PathLike)):
        write_atomically(os.fspath(dest), text)
    elif dest is not None:
        dest.write(text)
    return text


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (see :func:`export`)."""
    import errno
    import tempfile

    if os.path.isdir(path):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", path)
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".fitcerts-", suffix=".tmp", dir=folder)
    except OSError as error:  # name the file asked for, not the temporary one
        raise type(error)(error.errno, error.strerror, path) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _dumps(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- JSON ----------------------------------------------------------------------------------------


def _json(release: Release) -> str:
    records = release.catalog.records
    document: dict[str, Any] = {"data_version": release.version}
    for table in TABLES:
        document[table.name] = [record.to_dict() for record in getattr(records, table.name)]
    return _dumps(document)


def from_json(text: str) -> Release:
    """Read a JSON export back, as strictly as a data release is checked: every structural
    problem and every cross-record one (repeated ids, names shared by two credentials, dangling
    references) is a :class:`DataValidationError` listing them all."""
    if not isinstance(text, str):
        raise TypeError(f"from_json reads text, not {type(text).__name__}")
    problems: list[str] = []
    data = parse_json("export", text, problems)
    if problems:
        raise DataValidationError(problems)
    if not isinstance(data, dict) or not isinstance(data.get("data_version"), str):
        raise DataValidationError(["export $: not a fitcerts JSON export (no data_version)"])
    unknown = sorted(set(data) - {"data_version", *(table.name for table in TABLES)})
    if unknown:
        raise DataValidationError([f"export $: unknown key(s): {', '.join(unknown)}"])
    raw = {table.file: data.get(table.name) for table in TABLES}
    records = structure_release(raw, data["data_version"])
    found = problems_of(records)
    if found:
        raise DataValidationError(found)
    return Release(Catalog(records))


# --- CSV -----------------------------------------------------------------------------------------


def _csv(catalog: Release) -> str:
    from .table import COLUMNS, credential_rows

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    for row in credential_rows(catalog):
        writer.writerow([_cell(row[name]) for name, _ in COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    """Empty means unknown; lists are joined with ``;``; booleans are ``true``/``false``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ";".join(str(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- JSON-LD in CTDL terms -----------------------------------------------------------------------


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context the CTDL export uses, as shipped in ``fitcerts/data``."""
    text = read_shared("ctdl-context.jsonld").decode("utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def _jsonld(catalog: Release) -> str:
    graph: list[dict[str, Any]] = []
    accreditors: dict[str, None] = {}
    for organization in catalog.organizations():
        graph += _organization_nodes(organization)
    for credential in catalog.credentials():
        graph += _credential_nodes(credential)
        accreditors.update(dict.fromkeys(a.body for a in credential.accreditations))
    graph += [
        {
            "@id": _org_id(body),
            "@type": "ceterms:QACredentialOrganization",
            "ceterms:name": {_LANGUAGE: body},
        }
        for body in accreditors
    ]
    graph += [_source_node(source) for source in catalog.sources()]
    document = {
        "@context": jsonld_context(),
        "@id": f"urn:fitcerts:release:{catalog.version}",
        "fitcerts:dataVersion": catalog.version,
        "@graph": graph,
    }
    return _dumps(document)


def _org_id(key: str) -> str:
    return f"urn:fitcerts:organization:{key}"


def _refs(sources: tuple[Source, ...]) -> list[str]:
    return [f"urn:fitcerts:source:{source.id}" for source in sources]


def _text(value: str | list[str]) -> dict[str, str | list[str]]:
    return {_LANGUAGE: value}


def _organization_nodes(organization: Organization) -> list[dict[str, Any]]:
    node: dict[str, Any] = {
        "@id": _org_id(organization.id),
        "@type": "ceterms:CredentialOrganization",
        "ceterms:name": _text(organization.name),
        "ceterms:alternateName": _text([organization.abbreviation]),
        "ceterms:description": _text(organization.description),
        "dct:source": _refs(organization.sources),
    }
    if organization.website:
        node["ceterms:subjectWebpage"] = organization.website
    if organization.founded:
        node["ceterms:foundingDate"] = str(organization.founded)
    if organization.country:
        node["ceterms:address"] = [
            {"@type": "ceterms:Place", "ceterms:addressCountry": _text(organization.country)}
        ]
    nodes = [node]
    if organization.membership_fees:
        manifest = f"urn:fitcerts:cost-manifest:{organization.id}"
        node["ceterms:hasCostManifest"] = [{"@id": manifest}]
        nodes.append(
            {
                "@id": manifest,
                "@type": "ceterms:CostManifest",
                "ceterms:name": _text(f"{organization.abbreviation} membership"),
                "ceterms:costManifestOf": {"@id": _org_id(organization.id)},
                "ceterms:estimatedCost": [_cost(p) for p in organization.membership_fees],
            }
        )
    return nodes


def _credential_nodes(credential: Credential) -> list[dict[str, Any]]:
    owner = {"@id": _org_id(credential.organization.id)}
    node: dict[str, Any] = {
        "@id": f"urn:fitcerts:credential:{credential.id}",
        "@type": _CERTIFICATION[credential.kind],
        "ceterms:name": _text(credential.name),
        "ceterms:description": _text(credential.description),
        "ceterms:ownedBy": [owner],
        "ceterms:offeredBy": [owner],
        "dct:source": _refs(credential.sources),
    }
    if credential.aliases:
        node["ceterms:alternateName"] = _text(list(credential.aliases))
    if credential.prices:
        node["ceterms:estimatedCost"] = [_cost(p) for p in credential.prices]
    if credential.organization.membership_fees:
        node["ceterms:commonCosts"] = [
            {"@id": f"urn:fitcerts:cost-manifest:{credential.organization.id}"}
        ]
    if credential.accreditations:
        node["ceterms:accreditedBy"] = [{"@id": _org_id(a.body)} for a in credential.accreditations]
    nodes = [node]
    required = [_condition_profile(r) for r in credential.required]
    assessment = _assessment(credential)
    if assessment is not None:
        nodes.append(assessment)
        required.append(
            {
                "@type": "ceterms:ConditionProfile",
                "ceterms:description": _text(f"pass the {credential.id} exam"),
                "ceterms:targetAssessment": [{"@id": assessment["@id"]}],
            }
        )
    if required:
        node["ceterms:requires"] = required
    if credential.recommended:
        node["ceterms:recommends"] = [_condition_profile(r) for r in credential.recommended]
    renewal = credential.recertification
    if renewal is not None:
        profile: dict[str, Any] = {"@type": "ceterms:ConditionProfile"}
        if renewal.note:
            profile["ceterms:description"] = _text(renewal.note)
        if renewal.cycle_years is not None:
            profile["fitcerts:cycleYears"] = renewal.cycle_years
        if renewal.ceus is not None:
            profile["fitcerts:ceus"] = str(renewal.ceus)
        if renewal.requires_cpr_aed is not None:
            profile["fitcerts:requiresCprAed"] = renewal.requires_cpr_aed
        node["ceterms:renewal"] = [profile]
    return nodes


# Each fee kind as a term of CTDL's cost types; ``fitcerts:paysFor`` keeps the exact kind.
_COST_TYPES = {
    PriceItem.EXAM: "StandaloneAssessment",
    PriceItem.STUDY_MATERIALS: "LearningResource",
    PriceItem.COURSE_AND_EXAM: "Tuition",
    PriceItem.CERTIFICATION_PROGRAM: "ProgramSpecificFee",
    PriceItem.APPLICATION: "Application",
    PriceItem.MEMBERSHIP: "OptionalCharges",
    PriceItem.RECERTIFICATION: "RenewalFee",
    PriceItem.RETAKE: "ReexaminationFee",
    PriceItem.RESCHEDULE: "ReschedulingFee",
    PriceItem.LATE_FEE: "RenewalFee",
    PriceItem.REINSTATEMENT: "RenewalFee",
    PriceItem.PROCTORING: "TechnologyFee",
    PriceItem.EXTENSION: "ProcessingFee",
    PriceItem.UPGRADE: "ProgramSpecificFee",
}


def _cost(price: Price) -> dict[str, Any]:
    """A CostProfile; ``fitcerts:priceBound`` keeps "from $899" apart from "$899"."""
    name = label(price.pays_for)
    profile: dict[str, Any] = {
        "@type": "ceterms:CostProfile",
        "ceterms:name": _text(f"{name} ({price.tier_name})" if price.tier_name else name),
        "ceterms:description": _text(_cost_description(price)),
        "ceterms:currency": price.currency.value,
        "fitcerts:paysFor": price.pays_for.value,
        "fitcerts:audience": price.audience.value,
        "fitcerts:priceBound": price.bound.value,
        "dct:source": _refs(price.sources),
    }
    if price.amount is not None:
        profile["ceterms:price"] = str(price.amount)
    if price.tier is not None:
        profile["fitcerts:tier"] = price.tier
    profile["ceterms:directCostType"] = {
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:framework": "https://credreg.net/ctdl/terms/CostType",
        "ceterms:targetNode": f"costType:{_COST_TYPES[price.pays_for]}",
    }
    if price.tax is not TaxTreatment.NOT_STATED:
        profile["fitcerts:tax"] = price.tax.value
    if price.jurisdiction is not None:
        profile["ceterms:jurisdiction"] = _jurisdiction(price.jurisdiction)
    if price.language is not None:
        profile["fitcerts:language"] = price.language
    if price.valid_from is not None:
        profile["ceterms:startDate"] = price.valid_from.isoformat()
    if price.valid_until is not None:
        profile["ceterms:endDate"] = price.valid_until.isoformat()
    return profile


def _jurisdiction(country: str) -> list[dict[str, Any]]:
    return [
        {
            "@type": "ceterms:JurisdictionProfile",
            "ceterms:mainJurisdiction": {
                "@type": "ceterms:Place",
                "ceterms:addressCountry": _text(country),
            },
        }
    ]


def _cost_description(price: Price) -> str:
    audience = {"member": " for members", "non-member": " for non-members"}
    text = f"{price}{audience.get(price.audience.value, '')}"
    if price.bound is PriceBound.LOWER_BOUND:
        text += " (a lower bound: the price starts here)"
    if price.bound is PriceBound.APPROXIMATE:
        text += " (approximate)"
    if price.note:
        text += f"; {price.note}"
    return text


def _condition_profile(requirement: Requirement) -> dict[str, Any]:
    profile: dict[str, Any] = {
        "@type": "ceterms:ConditionProfile",
        "ceterms:description": _text(requirement.description),
        "ceterms:condition": _text([c.description for c in requirement.any_of]),
        "fitcerts:level": requirement.level.value,
        "dct:source": _refs(requirement.sources),
    }
    if requirement.effective_from is not None:
        profile["ceterms:dateEffective"] = requirement.effective_from.isoformat()
    if requirement.effective_until is not None:
        profile["ceterms:expirationDate"] = requirement.effective_until.isoformat()
    if requirement.jurisdiction is not None:
        profile["ceterms:jurisdiction"] = _jurisdiction(requirement.jurisdiction)
    ages = [c.minimum_age for c in _leaves(requirement.any_of) if c.minimum_age is not None]
    if len(requirement.any_of) == 1 and ages:
        profile["ceterms:minimumAge"] = ages[0]
    years = [
        c.years for c in _leaves(requirement.any_of) if c.kind is ConditionKind.EXPERIENCE_YEARS
    ]
    if len(requirement.any_of) == 1 and years and years[0] is not None:
        profile["ceterms:yearsOfExperience"] = str(Decimal(years[0]))
    return profile


def _leaves(conditions: tuple[Condition, ...]) -> list[Condition]:
    found: list[Condition] = []
    for condition in conditions:
        found += _leaves(condition.all_of) if condition.all_of else [condition]
    return found


def _assessment(credential: Credential) -> dict[str, Any] | None:
    exam = credential.exam
    facts: dict[str, Any] = {}
    if exam.questions is not None:
        facts["fitcerts:questions"] = exam.questions
    if exam.duration is not None:
        facts["ceterms:estimatedDuration"] = [
            {
                "@type": "ceterms:DurationProfile",
                "ceterms:exactDuration": iso_duration(exam.duration),
            }
        ]
    if exam.passing_score is not None:
        facts["fitcerts:passingScore"] = str(exam.passing_score.value)
        facts["fitcerts:passingScoreScale"] = exam.passing_score.scale.value
    if exam.pass_rate is not None:
        facts["fitcerts:passRate"] = str(exam.pass_rate.percent)
        facts["fitcerts:passRateYear"] = exam.pass_rate.year
    if exam.delivery:
        facts["fitcerts:delivery"] = [d.value for d in exam.delivery]
    if not facts and not exam.sections and not exam.topics:
        return None
    summary = [f"{credential.id} exam"]
    if exam.duration is not None:
        summary.append(duration_text(exam.duration))
    if exam.sections:
        summary.append("sections: " + "; ".join(exam.sections))
    node: dict[str, Any] = {
        "@id": f"urn:fitcerts:assessment:{credential.id}",
        "@type": "ceterms:AssessmentProfile",
        "ceterms:name": _text(f"{credential.name} exam"),
        "ceterms:description": _text(", ".join(summary)),
        **facts,
        "dct:source": _refs(credential.sources_for("exam")),
    }
    if exam.topics:
        node["fitcerts:topics"] = list(exam.topics)
    return node


def _source_node(source: Source) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": f"urn:fitcerts:source:{source.id}",
        "@type": "dct:BibliographicResource",
        "dct:title": source.title,
        "dct:date": source.dated,
        "fitcerts:sourceKind": source.kind.value,
    }
    if source.publisher:
        node["dct:publisher"] = source.publisher
    if source.url:
        node["dct:identifier"] = source.url
    return node
