"""The catalog in Credential Engine's CTDL: one Registry graph per resource, and what is missing.

Each credential, organization, exam (``ceterms:AssessmentProfile``) and membership cost manifest
becomes one graph in the shape the Credential Registry publishes: the Registry's context by URL,
the graph named by the resource's CTID, the resource first, its pass-rate data sets after it.
Those graphs hold only CTDL (``ceterms:`` and ``qdata:`` terms), so each can be published as it
is. What CTDL cannot say (a price that is only a lower bound, the membership tier, tax, the
source of each value) goes to one more graph beside them, in a ``fitcerts:`` vocabulary, which
is never published; see docs/analysis.md. A credential's ``ceterms:inLanguage`` is what the
data states (the exam's languages, prices for the exam in one language); where the exam states
none, the languages its organization publishes in fill it, and that graph names them as
inferred (``fitcerts:inferredLanguage``, ``fitcerts:languageNote``).

CTIDs are ``ce-`` and a UUID derived from the fitcerts id (version 5, under a fixed namespace),
so a credential keeps its CTID in every release. :func:`registry_readiness` lists, per resource,
each property the Registry Assistant requires that the data cannot supply, and why.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .plain import Plain, iso_duration
from .presentation import duration_text, label, short_repr
from .records import Condition, Credential, Organization, Price, Requirement, Source
from .vocabulary import (
    Audience,
    ConditionKind,
    CredentialKind,
    ExamDelivery,
    OrganizationType,
    PassRatePopulation,
    PriceBound,
    PriceItem,
    ScoreScale,
    SourceKind,
    TaxTreatment,
)

if TYPE_CHECKING:
    from .release import Release

__all__ = [
    "CONTEXT_URL",
    "CTID_NAMESPACE",
    "NOTES_CONTEXT",
    "REGISTRY",
    "REQUIRED",
    "MissingProperty",
    "RegistryReadiness",
    "ResourceReadiness",
    "bundle",
    "ctid",
    "graphs",
    "registry_readiness",
]

CONTEXT_URL = "https://credreg.net/ctdl/schema/context/json"
REGISTRY = "https://credentialengineregistry.org"
# uuid5(NAMESPACE_URL, "https://w3id.org/fitcerts/ctid"), written out so it can never drift.
CTID_NAMESPACE = uuid.UUID("7467694e-b54e-5c67-856a-aa515176dc38")
_LANGUAGE = "en"
_FITCERTS = "https://w3id.org/fitcerts/terms/"
# The context of the bundle's fitcerts graph (never part of a Registry graph).
NOTES_CONTEXT: dict[str, Any] = {
    "fitcerts": _FITCERTS,
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dct:source": {"@type": "@id"},
    "fitcerts:statedAmount": {"@type": "xsd:decimal"},
}

# The Registry Assistant's required properties per class (its input classes' "Required"
# markers); each entry is satisfied by any one of its properties. Descriptions need 15 or more
# characters. Tested against tests/ctdl_terms.json.
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "ceterms:Certification": (
        ("ceterms:ctid",),
        ("ceterms:name",),
        ("ceterms:description",),
        ("ceterms:ownedBy",),
        ("ceterms:credentialStatusType",),
        ("ceterms:subjectWebpage",),
        ("ceterms:inLanguage",),
    ),
    "ceterms:CredentialOrganization": (
        ("ceterms:ctid",),
        ("ceterms:name",),
        ("ceterms:description",),
        ("ceterms:subjectWebpage",),
        ("ceterms:agentType",),
        ("ceterms:agentSectorType",),
        ("ceterms:email", "ceterms:address"),
        ("ceterms:lifeCycleStatusType",),
    ),
    "ceterms:AssessmentProfile": (
        ("ceterms:ctid",),
        ("ceterms:name",),
        ("ceterms:description",),
        ("ceterms:ownedBy", "ceterms:offeredBy"),
        ("ceterms:lifeCycleStatusType",),
    ),
    "ceterms:CostManifest": (
        ("ceterms:ctid",),
        ("ceterms:description",),
        ("ceterms:costManifestOf",),
        ("ceterms:costDetails",),
    ),
    "qdata:DataSetProfile": (
        ("ceterms:ctid",),
        ("ceterms:name",),
        ("ceterms:description",),
        ("qdata:dataProvider",),
        ("qdata:dataSetTemporalCoverage",),
        ("qdata:hasMetric",),
        ("qdata:hasObservation",),
    ),
}
REQUIRED["ceterms:Certificate"] = REQUIRED["ceterms:Certification"]
REQUIRED["ceterms:QACredentialOrganization"] = REQUIRED["ceterms:CredentialOrganization"]
MINIMUM_DESCRIPTION = 15

_CREDENTIAL_TYPES = {
    CredentialKind.CERTIFICATION: "ceterms:Certification",
    CredentialKind.SPECIALIZATION: "ceterms:Certificate",
    CredentialKind.ACCREDITATION: "ceterms:Certification",
}

# Each fee kind as a concept of CTDL's CostType scheme; fitcerts:paysFor keeps the exact kind.
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
_AUDIENCES = {Audience.MEMBER: "Member", Audience.NON_MEMBER: "NonMember"}
# Where an exam is sat, as CTDL's Delivery scheme says it, and whether that way is proctored.
_DELIVERY = {
    ExamDelivery.TESTING_CENTRE: ("InPerson", True),
    ExamDelivery.IN_PERSON: ("InPerson", None),
    ExamDelivery.REMOTE_PROCTORED: ("OnlineOnly", True),
    ExamDelivery.ONLINE: ("OnlineOnly", None),
}
_SECTORS = {
    OrganizationType.NONPROFIT: "PrivateNonProfit",
    OrganizationType.FOR_PROFIT: "PrivateForProfit",
}
# The languages an organization publishes its own pages in, where not English alone: CSEP in
# English and French (csep.ca, and scpe.ca or pages with ?lang=fr), NSCA Japan in Japanese. Every
# other organization of the data is a US, UK, Australian or English-Canadian body whose pages (and
# every description the data gives) are English. The data has no field for it (a Source has no
# language); tests/test_ctdl.py holds the table against the pages each release holds.
_PUBLISHES_IN: dict[str, tuple[str, ...]] = {"CSEP": ("en", "fr"), "NSCA-JAPAN": ("ja",)}
_PUBLISHES_IN_OTHERWISE = ("en",)
# Concept scheme prefix -> (scheme term on credreg.net, its label).
_SCHEMES = {
    "audience": ("Audience", "Audience"),
    "costType": ("CostType", "Cost Type"),
    "credentialStat": ("CredentialStatus", "Credential Status"),
    "deliveryType": ("Delivery", "Delivery Type"),
    "orgType": ("OrganizationType", "Organization Type"),
    "agentSector": ("AgentSector", "Agent Sector"),
    "lifeCycle": ("LifeCycleStatus", "Life Cycle Status"),
}
# The labels CTDL gives the concepts the export uses (tests/ctdl_terms.json has them all).
_LABELS = {
    "agentSector:PrivateForProfit": "Private For-Profit",
    "agentSector:PrivateNonProfit": "Private Not-For-Profit",
    "audience:Member": "Member",
    "audience:NonMember": "Non-Member",
    "costType:Application": "Application",
    "costType:LearningResource": "Learning Resource",
    "costType:OptionalCharges": "Optional Charges",
    "costType:ProcessingFee": "Processing Fee",
    "costType:ProgramSpecificFee": "Program Specific Fee",
    "costType:ReexaminationFee": "Reexamination Fee",
    "costType:RenewalFee": "Maintenance Fee",
    "costType:ReschedulingFee": "Rescheduling Fee",
    "costType:StandaloneAssessment": "Standalone/Extra Assessment",
    "costType:TechnologyFee": "Technology Fee",
    "costType:Tuition": "Tuition",
    "credentialStat:Active": "Active",
    "deliveryType:InPerson": "In-Person Only",
    "deliveryType:OnlineOnly": "Online Only",
    "lifeCycle:Active": "Active",
    "orgType:CertificationBody": "Certification Body",
    "orgType:ProfessionalAssociation": "Professional Association",
    "orgType:QualityAssurance": "Quality Assurance Body",
}


def ctid(kind: str, key: str) -> str:
    """The CTID fitcerts gives a resource: ``ce-`` and UUID v5 of ``kind:key`` under
    :data:`CTID_NAMESPACE`. The same fitcerts id gives the same CTID in every release."""
    return f"ce-{uuid.uuid5(CTID_NAMESPACE, f'{kind}:{key}')}"


def _resource(ctid_: str) -> str:
    return f"{REGISTRY}/resources/{ctid_}"


def _text(value: str | list[str]) -> dict[str, str | list[str]]:
    return {_LANGUAGE: value}


def _concept(prefix: str, name: str) -> dict[str, Any]:
    scheme, scheme_label = _SCHEMES[prefix]
    return {
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:framework": f"https://credreg.net/ctdl/terms/{scheme}",
        "ceterms:frameworkName": _text(scheme_label),
        "ceterms:targetNode": f"{prefix}:{name}",
        "ceterms:targetNodeName": _text(_LABELS[f"{prefix}:{name}"]),
    }


def _number(value: Decimal | int) -> int | float:
    """A JSON number, as the Registry expects for prices and rates (never a string)."""
    decimal = Decimal(value)
    return int(decimal) if decimal == decimal.to_integral_value() else float(decimal)


def _official_url(sources: Iterable[Source]) -> str | None:
    """The web address of the first official source that gives one."""
    for source in sources:
        if source.kind is SourceKind.OFFICIAL and source.url:
            return source.url
    return None


def _source_ids(sources: Iterable[Source]) -> list[str]:
    return [f"urn:fitcerts:source:{source.id}" for source in sources]


# --- one resource each ---------------------------------------------------------------------------


@attrs.define
class _Resource:
    """A Registry graph under construction: the resource, the nodes after it, and why each
    required property the data cannot supply is absent."""

    key: str  # "credential:CSCS"
    ctid: str
    node: dict[str, Any]
    extra: list[dict[str, Any]] = attrs.field(factory=list)
    unknown: dict[str, str] = attrs.field(factory=dict)  # "@id property" -> reason


def _organization(organization: Organization) -> _Resource:
    key = f"organization:{organization.id}"
    ctid_ = ctid("organization", organization.id)
    node: dict[str, Any] = {
        "@id": _resource(ctid_),
        "@type": "ceterms:CredentialOrganization",
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(organization.name),
        "ceterms:alternateName": _text([organization.abbreviation]),
        "ceterms:description": _text(organization.description),
        "ceterms:agentType": [_concept("orgType", "CertificationBody")],
        "ceterms:lifeCycleStatusType": _concept("lifeCycle", "Active"),
        "fitcerts:id": organization.id,
        "dct:source": _source_ids(organization.sources),
    }
    resource = _Resource(key, ctid_, node)
    if organization.type in (OrganizationType.ASSOCIATION, OrganizationType.MEMBERSHIP):
        node["ceterms:agentType"].append(_concept("orgType", "ProfessionalAssociation"))
    if organization.website:
        node["ceterms:subjectWebpage"] = organization.website
    else:
        resource.unknown["ceterms:subjectWebpage"] = "no source gives the organization's website"
    sector = _SECTORS.get(organization.type) if organization.type else None
    if sector:
        node["ceterms:agentSectorType"] = _concept("agentSector", sector)
    else:
        said = f"is '{organization.type.value}'" if organization.type else "is not recorded"
        resource.unknown["ceterms:agentSectorType"] = (
            f"the organization's type {said}: the data does not say whether it is public, "
            "private not-for-profit or private for-profit"
        )
    if organization.founded:
        node["ceterms:foundingDate"] = str(organization.founded)
    if organization.country:
        place: dict[str, Any] = {"@type": "ceterms:Place"}
        if organization.headquarters:
            place["ceterms:name"] = _text(organization.headquarters)
        place["ceterms:addressCountry"] = _text(organization.country)
        node["ceterms:address"] = [place]
    else:
        resource.unknown["ceterms:address"] = (
            "the sources give neither an email address nor the country of the headquarters"
        )
    fees = organization.membership_fees
    if fees:
        node["ceterms:hasCostManifest"] = [_resource(ctid("cost-manifest", organization.id))]
    return resource


def _accreditor(body: str) -> _Resource:
    """An accrediting body (NCCA) the data knows only by name."""
    ctid_ = ctid("organization", body)
    node = {
        "@id": _resource(ctid_),
        "@type": "ceterms:QACredentialOrganization",
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(body),
        "ceterms:agentType": [_concept("orgType", "QualityAssurance")],
        "ceterms:lifeCycleStatusType": _concept("lifeCycle", "Active"),
        "fitcerts:id": body,
    }
    only = "fitcerts knows the accrediting body only by the name credentials cite"
    unknown = {
        "ceterms:description": only,
        "ceterms:subjectWebpage": only,
        "ceterms:agentSectorType": only,
        "ceterms:address": only,
    }
    return _Resource(f"organization:{body}", ctid_, node, unknown=unknown)


def _cost_manifest(organization: Organization) -> _Resource:
    ctid_ = ctid("cost-manifest", organization.id)
    fees = organization.membership_fees
    tiers = sorted({price.tier_name for price in fees if price.tier_name})
    described = f" ({', '.join(tiers)})" if tiers else ""
    node: dict[str, Any] = {
        "@id": _resource(ctid_),
        "@type": "ceterms:CostManifest",
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(f"{organization.abbreviation} membership"),
        "ceterms:description": _text(
            f"What joining {organization.name} costs{described}; members pay less for some of "
            "its credentials."
        ),
        "ceterms:costManifestOf": _resource(ctid("organization", organization.id)),
        "ceterms:estimatedCost": [_cost(price) for price in fees],
        "fitcerts:id": organization.id,
    }
    resource = _Resource(f"cost-manifest:{organization.id}", ctid_, node)
    url = _official_url(source for price in fees for source in price.sources)
    if url:
        node["ceterms:costDetails"] = url
    else:
        resource.unknown["ceterms:costDetails"] = (
            "no official source of the fees gives a web address"
        )
    return resource


def _credential(credential: Credential) -> list[_Resource]:
    ctid_ = ctid("credential", credential.id)
    owner = _resource(ctid("organization", credential.organization.id))
    node: dict[str, Any] = {
        "@id": _resource(ctid_),
        "@type": _CREDENTIAL_TYPES[credential.kind],
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(credential.name),
        "ceterms:description": _text(credential.description),
        "ceterms:credentialStatusType": _concept("credentialStat", "Active"),
        "ceterms:ownedBy": [owner],
        "ceterms:offeredBy": [owner],
        "fitcerts:id": credential.id,
        "dct:source": _source_ids(credential.sources),
    }
    resource = _Resource(f"credential:{credential.id}", ctid_, node)
    if credential.aliases:
        node["ceterms:alternateName"] = _text(list(credential.aliases))
    url = _official_url(credential.sources)
    if url:
        node["ceterms:subjectWebpage"] = url
    else:
        resource.unknown["ceterms:subjectWebpage"] = (
            "no official source of the credential gives a web address"
        )
    stated, inferred = _languages(credential)
    node["ceterms:inLanguage"] = stated + inferred
    if inferred:
        node["fitcerts:inferredLanguage"] = inferred
        node["fitcerts:languageNote"] = _language_note(credential, stated, inferred)
    if credential.prices:
        node["ceterms:estimatedCost"] = [_cost(price) for price in credential.prices]
    if credential.organization.membership_fees:
        node["ceterms:commonCosts"] = [_resource(ctid("cost-manifest", credential.organization.id))]
    if credential.accreditations:
        node["ceterms:accreditedBy"] = [
            _resource(ctid("organization", a.body)) for a in credential.accreditations
        ]
    required = [_condition_profile(r) for r in credential.required]
    resources = [resource]
    assessment = _assessment(credential)
    if assessment is not None:
        resources.append(assessment)
        required.append(
            {
                "@type": "ceterms:ConditionProfile",
                "ceterms:description": _text(f"Pass the {credential.name} exam."),
                "ceterms:targetAssessment": [assessment.node["@id"]],
            }
        )
    if required:
        node["ceterms:requires"] = required
    if credential.recommended:
        node["ceterms:recommends"] = [_condition_profile(r) for r in credential.recommended]
    renewal = _renewal(credential)
    if renewal:
        node["ceterms:renewal"] = [renewal]
    cycle = credential.recertification.cycle_years if credential.recertification else None
    if cycle is not None:
        node["ceterms:renewalFrequency"] = f"P{cycle}Y"
    return resources


def _languages(credential: Credential) -> tuple[list[str], list[str]]:
    """The languages the credential is offered in, as ``(stated, inferred)``: stated, those of
    the exam and of its prices for the exam in one language; inferred, where the exam states
    none, those its organization publishes in that are not stated already."""
    exam = credential.exam.languages
    priced = [price.language for price in credential.prices if price.language is not None]
    stated = list(dict.fromkeys([*exam, *priced]))
    if exam:
        return stated, []
    published = _PUBLISHES_IN.get(credential.organization.id, _PUBLISHES_IN_OTHERWISE)
    return stated, [tag for tag in published if tag not in stated]


def _language_note(credential: Credential, stated: list[str], inferred: list[str]) -> str:
    """Why ``inferred`` is in ``ceterms:inLanguage``, said in the fitcerts graph."""

    def tags(found: list[str]) -> str:
        return " and ".join(f"'{tag}'" for tag in found)

    verb, noun = ("is", "language") if len(inferred) == 1 else ("are", "languages")
    beyond = f" beyond {tags(stated)}, in which a price of the exam is stated" if stated else ""
    return (
        f"{tags(inferred)} {verb} the {noun} {credential.organization.abbreviation} publishes its "
        f"pages in, not a stated fact: no source states the languages the {credential.name} is "
        f"offered in{beyond}."
    )


def _renewal(credential: Credential) -> dict[str, Any] | None:
    renewal = credential.recertification
    if renewal is None:
        return None
    conditions = []
    if renewal.cycle_years is not None:
        every = "year" if renewal.cycle_years == 1 else f"{renewal.cycle_years} years"
        conditions.append(f"Renew every {every}.")
    education = renewal.continuing_education
    if education is not None:
        conditions.append(f"Earn {education} of continuing education.")
    elif renewal.ceus is not None:
        conditions.append(f"Earn {renewal.ceus} CEUs of continuing education.")
    if renewal.requires_cpr_aed:
        conditions.append("Hold a current CPR/AED certification.")
    if renewal.grace_months:
        conditions.append(f"A {renewal.grace_months}-month grace period follows the cycle.")
    if renewal.reexamination:
        conditions.append("Passing the exam again renews the credential instead.")
    if not conditions and not renewal.note:
        return None
    profile: dict[str, Any] = {
        "@type": "ceterms:ConditionProfile",
        "ceterms:description": _text(renewal.note or f"Keeping the {credential.name}."),
    }
    if conditions:
        profile["ceterms:condition"] = _text(conditions)
    if education is not None and education.unit.upper() in ("CEU", "CEUS"):
        profile["ceterms:creditValue"] = [_credit(education.amount)]
    elif education is not None:
        profile["ceterms:creditUnitTypeDescription"] = _text(education.unit)
        profile["ceterms:creditValue"] = [
            {"@type": "ceterms:ValueProfile", "schema:value": _number(education.amount)}
        ]
    elif renewal.ceus is not None:
        profile["ceterms:creditValue"] = [_credit(renewal.ceus)]
    return profile


def _credit(ceus: Decimal) -> dict[str, Any]:
    return {
        "@type": "ceterms:ValueProfile",
        "schema:value": _number(ceus),
        "ceterms:creditUnitType": ["creditUnit:ContinuingEducationUnit"],
    }


def _cost(price: Price) -> dict[str, Any]:
    """A CostProfile. ``ceterms:price`` is only ever a price that adds up: a lower bound or an
    amount already inside another price is said in ``ceterms:condition`` and kept as
    ``fitcerts:statedAmount``, which the fitcerts graph holds (never a Registry graph)."""
    name = label(price.pays_for).capitalize()
    profile: dict[str, Any] = {
        "@type": "ceterms:CostProfile",
        "ceterms:name": _text(f"{name} ({price.tier_name})" if price.tier_name else name),
        "ceterms:description": _text(_cost_description(price)),
        "ceterms:currency": price.currency.value,
        "ceterms:directCostType": _concept("costType", _COST_TYPES[price.pays_for]),
        "fitcerts:paysFor": price.pays_for.value,
        "fitcerts:audience": price.audience.value,
        "fitcerts:priceBound": price.bound.value,
        "dct:source": _source_ids(price.sources),
    }
    conditions = _cost_conditions(price)
    if price.amount is not None and price.bound in (PriceBound.EXACT, PriceBound.APPROXIMATE):
        profile["ceterms:price"] = _number(price.amount)
    elif price.amount is not None:
        profile["fitcerts:statedAmount"] = str(price.amount)
    if price.included_in is not None:
        profile["fitcerts:includedIn"] = price.included_in.value
    if conditions:
        profile["ceterms:condition"] = _text(conditions)
    if price.audience in _AUDIENCES:
        profile["ceterms:audienceType"] = [_concept("audience", _AUDIENCES[price.audience])]
    if price.tier is not None:
        profile["fitcerts:tier"] = price.tier
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


def _cost_conditions(price: Price) -> list[str]:
    """What a reader must know before adding the figure up, in words."""
    said = str(price)
    found: list[str] = []
    if price.bound is PriceBound.LOWER_BOUND:
        found.append(
            f"Not an exact price: the sources give only a lower bound ({said}); the price is "
            "this or more."
        )
    elif price.bound is PriceBound.APPROXIMATE:
        found.append(f"Approximate: the sources say about {said}.")
    elif price.bound is PriceBound.INCLUDED and price.included_in is not None:
        part = f" ({price.currency.value} {price.amount} of it)" if price.amount else ""
        found.append(
            f"Included in the {label(price.included_in).lower()} price{part}: not paid on top "
            "of it."
        )
    elif price.bound is PriceBound.NOT_REPORTED:
        found.append("The sources do not report this price.")
    if price.tax is TaxTreatment.ADDED:
        found.append("Tax is added on top of the price.")
    elif price.tax is TaxTreatment.INCLUDED:
        found.append("The price includes tax.")
    if price.language is not None:
        found.append(f"For the exam in the language '{price.language}'.")
    if price.tier_name:
        found.append(f"For the '{price.tier_name}' membership tier.")
    return found


def _cost_description(price: Price) -> str:
    audience = {"member": " for members", "non-member": " for non-members"}
    text = f"{label(price.pays_for).capitalize()}: {price}{audience.get(price.audience.value, '')}"
    if price.bound is PriceBound.LOWER_BOUND:
        text += " (a lower bound: the price starts here)"
    if price.bound is PriceBound.APPROXIMATE:
        text += " (approximate)"
    if price.note:
        text += f"; {price.note}"
    return text


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


def _condition_profile(requirement: Requirement) -> dict[str, Any]:
    conditions = [c.description for c in requirement.any_of]
    if requirement.effective_until is not None:
        conditions.append(f"In force until {requirement.effective_until.isoformat()}.")
    profile: dict[str, Any] = {
        "@type": "ceterms:ConditionProfile",
        "ceterms:description": _text(requirement.description),
        "ceterms:condition": _text(conditions),
        "fitcerts:level": requirement.level.value,
        "dct:source": _source_ids(requirement.sources),
    }
    if requirement.effective_from is not None:
        profile["ceterms:dateEffective"] = requirement.effective_from.isoformat()
    if requirement.jurisdiction is not None:
        profile["ceterms:jurisdiction"] = _jurisdiction(requirement.jurisdiction)
    leaves = _leaves(requirement.any_of)
    ages = [c.minimum_age for c in leaves if c.minimum_age is not None]
    if len(requirement.any_of) == 1 and ages:
        profile["ceterms:minimumAge"] = ages[0]
    years = [c.years for c in leaves if c.kind is ConditionKind.EXPERIENCE_YEARS]
    if len(requirement.any_of) == 1 and years and years[0] is not None:
        profile["ceterms:yearsOfExperience"] = float(years[0])
    return profile


def _leaves(conditions: tuple[Condition, ...]) -> list[Condition]:
    found: list[Condition] = []
    for condition in conditions:
        found += _leaves(condition.all_of) if condition.all_of else [condition]
    return found


def _assessment(credential: Credential) -> _Resource | None:
    exam = credential.exam
    if exam == type(exam)():
        return None
    ctid_ = ctid("assessment", credential.id)
    owner = _resource(ctid("organization", credential.organization.id))
    facts = str(exam)
    summary = [
        f"The exam for the {credential.name}"
        + (
            f": {facts}"
            if exam.questions
            or exam.duration
            or exam.passing_score
            or exam.pass_rates
            or exam.parts
            else ""
        )
    ]
    if exam.sections:
        summary.append("sections: " + "; ".join(exam.sections))
    node: dict[str, Any] = {
        "@id": _resource(ctid_),
        "@type": "ceterms:AssessmentProfile",
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(f"{credential.name} exam"),
        "ceterms:description": _text(", ".join(summary) + "."),
        "ceterms:ownedBy": [owner],
        "ceterms:offeredBy": [owner],
        "ceterms:lifeCycleStatusType": _concept("lifeCycle", "Active"),
        "fitcerts:id": credential.id,
        "dct:source": _source_ids(credential.sources_for("exam")),
    }
    resource = _Resource(f"assessment:{credential.id}", ctid_, node)
    if exam.languages:
        node["ceterms:inLanguage"] = list(exam.languages)
    if exam.duration is not None:
        node["ceterms:estimatedDuration"] = [
            {
                "@type": "ceterms:DurationProfile",
                "ceterms:description": _text(duration_text(exam.duration)),
                "ceterms:exactDuration": iso_duration(exam.duration),
            }
        ]
    if exam.passing_score is not None:
        score = exam.passing_score
        scale = "% of items correct" if score.scale is ScoreScale.PERCENT else " on a scaled score"
        node["ceterms:scoringMethodDescription"] = _text(f"A score of {score.value}{scale} passes.")
    if exam.topics:
        node["ceterms:keyword"] = _text(list(exam.topics))
    if exam.delivery:
        kinds = list(dict.fromkeys(_DELIVERY[d][0] for d in exam.delivery))
        node["ceterms:deliveryType"] = [_concept("deliveryType", kind) for kind in kinds]
        if all(_DELIVERY[d][1] for d in exam.delivery):
            node["ceterms:isProctored"] = True
    if exam.pass_rates:
        data_sets = [
            _pass_rate(credential, index, node["@id"]) for index in range(len(exam.pass_rates))
        ]
        node["ceterms:aggregateData"] = [
            {
                "@type": "ceterms:AggregateDataProfile",
                "ceterms:name": _text(f"{credential.name} exam pass rates"),
                "qdata:relevantDataSet": [data_set.node["@id"] for data_set in data_sets],
            }
        ]
        for data_set in data_sets:
            resource.extra.append(data_set.node)
            resource.unknown.update(
                {f"{data_set.node['@id']} {k}": v for k, v in data_set.unknown.items()}
            )
    return resource


def _pass_rate(credential: Credential, index: int, about: str) -> _Resource:
    rate = credential.exam.pass_rates[index]
    ctid_ = ctid("pass-rate", f"{credential.id}:{rate.year}:{rate.population.value}")
    who = {
        PassRatePopulation.FIRST_TIME: "first-time candidates",
        PassRatePopulation.ALL: "all candidates",
    }.get(rate.population, "candidates")
    sources = credential.sources_for(f"exam.pass_rates[{index}]")
    node: dict[str, Any] = {
        "@id": _resource(ctid_),
        "@type": "qdata:DataSetProfile",
        "ceterms:ctid": ctid_,
        "ceterms:name": _text(f"{credential.name} exam pass rate, {rate.year}"),
        "ceterms:description": _text(
            f"The share of {who} who passed the {credential.name} exam in {rate.year}."
        ),
        "schema:about": [about],
        "qdata:dataSetTimePeriod": [
            {
                "@type": "qdata:DataSetTimeFrame",
                "ceterms:name": _text(str(rate.year)),
                "ceterms:startDate": f"{rate.year}-01-01",
                "ceterms:endDate": f"{rate.year}-12-31",
                "qdata:dataAttributes": [
                    {
                        "@type": "qdata:DataProfile",
                        "ceterms:description": _text(
                            f"{who.capitalize()}: {rate.percent}% passed."
                        ),
                        "qdata:passRate": [
                            {
                                "@type": "schema:QuantitativeValue",
                                "qdata:percentage": _number(rate.percent),
                            }
                        ],
                    }
                ],
            }
        ],
        "fitcerts:id": f"{credential.id} exam.pass_rates[{index}]",
        "dct:source": _source_ids(sources),
    }
    resource = _Resource(f"pass-rate:{credential.id}:{index}", ctid_, node)
    if any(source.kind is SourceKind.OFFICIAL for source in sources):
        node["qdata:dataProvider"] = _resource(ctid("organization", credential.organization.id))
    else:
        resource.unknown["qdata:dataProvider"] = (
            "the rate comes from a source other than the organization itself"
        )
    newer = (
        "a term of the Registry's newer qdata model, which the CTDL schema fitcerts is checked "
        "against (2023-10-08) does not define; the rate is given as a qdata:DataProfile"
    )
    for term in ("qdata:dataSetTemporalCoverage", "qdata:hasMetric", "qdata:hasObservation"):
        resource.unknown[term] = newer
    return resource


# --- graphs, bundle and readiness ----------------------------------------------------------------


def _resources(release: Release) -> list[_Resource]:
    found: list[_Resource] = []
    bodies: dict[str, None] = {}
    for organization in release.organizations():
        found.append(_organization(organization))
        if organization.membership_fees:
            found.append(_cost_manifest(organization))
    for credential in release.credentials():
        found += _credential(credential)
        bodies.update(dict.fromkeys(a.body for a in credential.accreditations))
    found += [_accreditor(body) for body in bodies]
    return found


def _split(value: Any, label_: str, notes: list[dict[str, Any]]) -> Any:
    """``value`` with its ``fitcerts:`` and ``dct:`` statements moved to ``notes``, each note
    about the node that held them (a blank node named from ``label_`` where it had no id)."""
    if isinstance(value, list):
        return [_split(item, f"{label_}/{i}", notes) for i, item in enumerate(value)]
    if not isinstance(value, dict):
        return value
    own = {k: v for k, v in value.items() if k.startswith(("fitcerts:", "dct:"))}
    kept = {
        k: _split(v, f"{label_}/{k}", notes)
        for k, v in value.items()
        if not k.startswith(("fitcerts:", "dct:"))
    }
    if own:
        if "@id" not in kept:
            kept = {"@id": f"_:b{uuid.uuid5(CTID_NAMESPACE, label_)}", **kept}
        notes.append({"@id": kept["@id"], **own})
    return kept


def graphs(release: Release) -> tuple[dict[str, Any], ...]:
    """One Registry graph per resource, each ready to publish as it is: only CTDL terms, the
    Registry's context by URL, the graph named by the resource's CTID."""
    return tuple(_registry_graph(resource, []) for resource in _resources(release))


def _registry_graph(resource: _Resource, notes: list[dict[str, Any]]) -> dict[str, Any]:
    nodes = [
        _split(node, f"{resource.ctid}/{i}", notes)
        for i, node in enumerate([resource.node, *resource.extra])
    ]
    return {"@context": CONTEXT_URL, "@id": f"{REGISTRY}/graph/{resource.ctid}", "@graph": nodes}


def bundle(release: Release) -> dict[str, Any]:
    """Every Registry graph of the release in one JSON-LD document, and after them a fitcerts
    graph (never published) with what CTDL cannot say and the source of each value."""
    notes: list[dict[str, Any]] = []
    named = []
    for resource in _resources(release):
        registry_graph = _registry_graph(resource, notes)
        del registry_graph["@context"]
        named.append(registry_graph)
    sources = [_source_node(source) for source in release.sources()]
    named.append(
        {
            "@id": f"urn:fitcerts:release:{release.version}",
            "@graph": [
                {
                    "@id": f"urn:fitcerts:release:{release.version}",
                    "fitcerts:dataVersion": (release.version),
                },
                *notes,
                *sources,
            ],
        }
    )
    return {"@context": [CONTEXT_URL, NOTES_CONTEXT], "@graph": named}


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


@attrs.frozen(kw_only=True)
class MissingProperty(Plain):
    """A property the Registry Assistant requires that the export cannot give, and why."""

    property: str
    reason: str

    def __str__(self) -> str:
        return f"{self.property}: {self.reason}"

    def __repr__(self) -> str:
        return short_repr("MissingProperty", self.property)


@attrs.frozen(kw_only=True)
class ResourceReadiness(Plain):
    """One Registry resource: its CTID, class and fitcerts id, and what it still lacks."""

    ctid: str
    type: str
    fitcerts_id: str
    name: str
    missing: tuple[MissingProperty, ...]

    @property
    def ready(self) -> bool:
        return not self.missing

    def __str__(self) -> str:
        head = f"{self.type} {self.fitcerts_id} ({self.ctid})"
        if self.ready:
            return f"{head}: complete"
        return f"{head}: missing\n" + "\n".join(f"  - {m}" for m in self.missing)

    def __repr__(self) -> str:
        state = "complete" if self.ready else f"{len(self.missing)} missing"
        return short_repr("ResourceReadiness", f"{self.type} {self.fitcerts_id}", state)


@attrs.frozen(kw_only=True)
class RegistryReadiness(Plain):
    """For each resource of a release, the required properties a publisher must still add."""

    version: str
    resources: tuple[ResourceReadiness, ...]

    @property
    def ready(self) -> tuple[ResourceReadiness, ...]:
        return tuple(r for r in self.resources if r.ready)

    @property
    def incomplete(self) -> tuple[ResourceReadiness, ...]:
        return tuple(r for r in self.resources if not r.ready)

    def __str__(self) -> str:
        head = (
            f"release {self.version}: {len(self.ready)} of {len(self.resources)} resources "
            "have every property the Registry Assistant requires"
        )
        return "\n".join([head, *(str(r) for r in self.resources)])

    def __repr__(self) -> str:
        return short_repr(
            "RegistryReadiness", self.version, f"{len(self.ready)}/{len(self.resources)} complete"
        )


def registry_readiness(release: Release) -> RegistryReadiness:
    """Per resource (and each pass-rate data set), every property the Registry Assistant
    requires that is still missing, with what the data does not know."""
    found = []
    for resource in _resources(release):
        for node in (resource.node, *resource.extra):
            found.append(_readiness(node, resource.unknown, prefix=node is not resource.node))
    return RegistryReadiness(version=release.version, resources=tuple(found))


def _readiness(node: dict[str, Any], unknown: dict[str, str], *, prefix: bool) -> ResourceReadiness:
    missing = []
    for alternatives in REQUIRED[node["@type"]]:
        if any(term in node for term in alternatives):
            continue
        term = " or ".join(alternatives)
        key = f"{node['@id']} {alternatives[-1]}" if prefix else alternatives[-1]
        reason = unknown.get(key, "the data does not say")
        missing.append(MissingProperty(property=term, reason=reason))
    description = node.get("ceterms:description", {}).get(_LANGUAGE, "")
    if description and len(description) < MINIMUM_DESCRIPTION:
        missing.append(
            MissingProperty(
                property="ceterms:description",
                reason=f"shorter than the {MINIMUM_DESCRIPTION} characters the Registry requires",
            )
        )
    return ResourceReadiness(
        ctid=node["ceterms:ctid"],
        type=node["@type"],
        fitcerts_id=node["fitcerts:id"],
        name=node["ceterms:name"][_LANGUAGE],
        missing=tuple(missing),
    )
