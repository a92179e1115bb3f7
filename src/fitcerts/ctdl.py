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
so a credential keeps its CTID in every release. ``fitcerts.ctdl_readiness`` lists, per
resource, each property the Registry Assistant requires that the data cannot supply, and why.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .plain import iso_duration
from .presentation import duration_text
from .records import Condition, Credential, Organization, Requirement, Source
from .vocabulary import (
    ConditionKind,
    CredentialKind,
    ExamDelivery,
    OrganizationType,
    PassRatePopulation,
    ScoreScale,
    SourceKind,
)

if TYPE_CHECKING:
    from .release import Release
from .ctdl_costs import _cost, cost_manifest, jurisdiction_profiles
from .ctdl_nodes import (
    CONTEXT_URL,
    CTID_NAMESPACE,
    NOTES_CONTEXT,
    REGISTRY,
    Resource,
    concept_node,
    ctid,
    json_number,
    language_map,
    official_url,
    registry_url,
    source_ids,
)

__all__ = [
    "bundle",
    "graphs",
]


_CREDENTIAL_TYPES = {
    CredentialKind.CERTIFICATION: "ceterms:Certification",
    CredentialKind.SPECIALIZATION: "ceterms:Certificate",
    CredentialKind.ACCREDITATION: "ceterms:Certification",
}

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


# --- one resource each ---------------------------------------------------------------------------


def _organization(organization: Organization) -> Resource:
    key = f"organization:{organization.id}"
    ctid_ = ctid("organization", organization.id)
    node: dict[str, Any] = {
        "@id": registry_url(ctid_),
        "@type": "ceterms:CredentialOrganization",
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(organization.name),
        "ceterms:alternateName": language_map([organization.abbreviation]),
        "ceterms:description": language_map(organization.description),
        "ceterms:agentType": [concept_node("orgType", "CertificationBody")],
        "ceterms:lifeCycleStatusType": concept_node("lifeCycle", "Active"),
        "fitcerts:id": organization.id,
        "dct:source": source_ids(organization.sources),
    }
    resource = Resource(key, ctid_, node)
    if organization.type in (OrganizationType.ASSOCIATION, OrganizationType.MEMBERSHIP):
        node["ceterms:agentType"].append(concept_node("orgType", "ProfessionalAssociation"))
    if organization.website:
        node["ceterms:subjectWebpage"] = organization.website
    else:
        resource.unknown["ceterms:subjectWebpage"] = "no source gives the organization's website"
    sector = _SECTORS.get(organization.type) if organization.type else None
    if sector:
        node["ceterms:agentSectorType"] = concept_node("agentSector", sector)
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
            place["ceterms:name"] = language_map(organization.headquarters)
        place["ceterms:addressCountry"] = language_map(organization.country)
        node["ceterms:address"] = [place]
    else:
        resource.unknown["ceterms:address"] = (
            "the sources give neither an email address nor the country of the headquarters"
        )
    fees = organization.membership_fees
    if fees:
        node["ceterms:hasCostManifest"] = [registry_url(ctid("cost-manifest", organization.id))]
    return resource


def _accreditor(body: str) -> Resource:
    """An accrediting body (NCCA) the data knows only by name."""
    ctid_ = ctid("organization", body)
    node = {
        "@id": registry_url(ctid_),
        "@type": "ceterms:QACredentialOrganization",
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(body),
        "ceterms:agentType": [concept_node("orgType", "QualityAssurance")],
        "ceterms:lifeCycleStatusType": concept_node("lifeCycle", "Active"),
        "fitcerts:id": body,
    }
    only = "fitcerts knows the accrediting body only by the name credentials cite"
    unknown = {
        "ceterms:description": only,
        "ceterms:subjectWebpage": only,
        "ceterms:agentSectorType": only,
        "ceterms:address": only,
    }
    return Resource(f"organization:{body}", ctid_, node, unknown=unknown)


def _credential(credential: Credential) -> list[Resource]:
    ctid_ = ctid("credential", credential.id)
    owner = registry_url(ctid("organization", credential.organization.id))
    node: dict[str, Any] = {
        "@id": registry_url(ctid_),
        "@type": _CREDENTIAL_TYPES[credential.kind],
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(credential.name),
        "ceterms:description": language_map(credential.description),
        "ceterms:credentialStatusType": concept_node("credentialStat", "Active"),
        "ceterms:ownedBy": [owner],
        "ceterms:offeredBy": [owner],
        "fitcerts:id": credential.id,
        "dct:source": source_ids(credential.sources),
    }
    resource = Resource(f"credential:{credential.id}", ctid_, node)
    if credential.aliases:
        node["ceterms:alternateName"] = language_map(list(credential.aliases))
    url = official_url(credential.sources)
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
        node["ceterms:commonCosts"] = [
            registry_url(ctid("cost-manifest", credential.organization.id))
        ]
    if credential.accreditations:
        node["ceterms:accreditedBy"] = [
            registry_url(ctid("organization", a.body)) for a in credential.accreditations
        ]
    required = [_condition_profile(r) for r in credential.required]
    resources = [resource]
    assessment = _assessment(credential)
    if assessment is not None:
        resources.append(assessment)
        required.append(
            {
                "@type": "ceterms:ConditionProfile",
                "ceterms:description": language_map(f"Pass the {credential.name} exam."),
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
        "ceterms:description": language_map(renewal.note or f"Keeping the {credential.name}."),
    }
    if conditions:
        profile["ceterms:condition"] = language_map(conditions)
    if education is not None and education.unit.upper() in ("CEU", "CEUS"):
        profile["ceterms:creditValue"] = [_credit(education.amount)]
    elif education is not None:
        profile["ceterms:creditUnitTypeDescription"] = language_map(education.unit)
        profile["ceterms:creditValue"] = [
            {"@type": "ceterms:ValueProfile", "schema:value": json_number(education.amount)}
        ]
    elif renewal.ceus is not None:
        profile["ceterms:creditValue"] = [_credit(renewal.ceus)]
    return profile


def _credit(ceus: Decimal) -> dict[str, Any]:
    return {
        "@type": "ceterms:ValueProfile",
        "schema:value": json_number(ceus),
        "ceterms:creditUnitType": ["creditUnit:ContinuingEducationUnit"],
    }


def _condition_profile(requirement: Requirement) -> dict[str, Any]:
    conditions = [c.description for c in requirement.any_of]
    if requirement.effective_until is not None:
        conditions.append(f"In force until {requirement.effective_until.isoformat()}.")
    profile: dict[str, Any] = {
        "@type": "ceterms:ConditionProfile",
        "ceterms:description": language_map(requirement.description),
        "ceterms:condition": language_map(conditions),
        "fitcerts:level": requirement.level.value,
        "dct:source": source_ids(requirement.sources),
    }
    if requirement.effective_from is not None:
        profile["ceterms:dateEffective"] = requirement.effective_from.isoformat()
    if requirement.jurisdiction is not None:
        profile["ceterms:jurisdiction"] = jurisdiction_profiles(requirement.jurisdiction)
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


def _assessment(credential: Credential) -> Resource | None:
    exam = credential.exam
    if exam == type(exam)():
        return None
    ctid_ = ctid("assessment", credential.id)
    owner = registry_url(ctid("organization", credential.organization.id))
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
        "@id": registry_url(ctid_),
        "@type": "ceterms:AssessmentProfile",
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(f"{credential.name} exam"),
        "ceterms:description": language_map(", ".join(summary) + "."),
        "ceterms:ownedBy": [owner],
        "ceterms:offeredBy": [owner],
        "ceterms:lifeCycleStatusType": concept_node("lifeCycle", "Active"),
        "fitcerts:id": credential.id,
        "dct:source": source_ids(credential.sources_for("exam")),
    }
    resource = Resource(f"assessment:{credential.id}", ctid_, node)
    if exam.languages:
        node["ceterms:inLanguage"] = list(exam.languages)
    if exam.duration is not None:
        node["ceterms:estimatedDuration"] = [
            {
                "@type": "ceterms:DurationProfile",
                "ceterms:description": language_map(duration_text(exam.duration)),
                "ceterms:exactDuration": iso_duration(exam.duration),
            }
        ]
    if exam.passing_score is not None:
        score = exam.passing_score
        scale = "% of items correct" if score.scale is ScoreScale.PERCENT else " on a scaled score"
        node["ceterms:scoringMethodDescription"] = language_map(
            f"A score of {score.value}{scale} passes."
        )
    if exam.topics:
        node["ceterms:keyword"] = language_map(list(exam.topics))
    if exam.delivery:
        kinds = list(dict.fromkeys(_DELIVERY[d][0] for d in exam.delivery))
        node["ceterms:deliveryType"] = [concept_node("deliveryType", kind) for kind in kinds]
        if all(_DELIVERY[d][1] for d in exam.delivery):
            node["ceterms:isProctored"] = True
    if exam.pass_rates:
        data_sets = [
            _pass_rate(credential, index, node["@id"]) for index in range(len(exam.pass_rates))
        ]
        node["ceterms:aggregateData"] = [
            {
                "@type": "ceterms:AggregateDataProfile",
                "ceterms:name": language_map(f"{credential.name} exam pass rates"),
                "qdata:relevantDataSet": [data_set.node["@id"] for data_set in data_sets],
            }
        ]
        for data_set in data_sets:
            resource.extra.append(data_set.node)
            resource.unknown.update(
                {f"{data_set.node['@id']} {k}": v for k, v in data_set.unknown.items()}
            )
    return resource


def _pass_rate(credential: Credential, index: int, about: str) -> Resource:
    rate = credential.exam.pass_rates[index]
    ctid_ = ctid("pass-rate", f"{credential.id}:{rate.year}:{rate.population.value}")
    who = {
        PassRatePopulation.FIRST_TIME: "first-time candidates",
        PassRatePopulation.ALL: "all candidates",
    }.get(rate.population, "candidates")
    sources = credential.sources_for(f"exam.pass_rates[{index}]")
    node: dict[str, Any] = {
        "@id": registry_url(ctid_),
        "@type": "qdata:DataSetProfile",
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(f"{credential.name} exam pass rate, {rate.year}"),
        "ceterms:description": language_map(
            f"The share of {who} who passed the {credential.name} exam in {rate.year}."
        ),
        "schema:about": [about],
        "qdata:dataSetTimePeriod": [
            {
                "@type": "qdata:DataSetTimeFrame",
                "ceterms:name": language_map(str(rate.year)),
                "ceterms:startDate": f"{rate.year}-01-01",
                "ceterms:endDate": f"{rate.year}-12-31",
                "qdata:dataAttributes": [
                    {
                        "@type": "qdata:DataProfile",
                        "ceterms:description": language_map(
                            f"{who.capitalize()}: {rate.percent}% passed."
                        ),
                        "qdata:passRate": [
                            {
                                "@type": "schema:QuantitativeValue",
                                "qdata:percentage": json_number(rate.percent),
                            }
                        ],
                    }
                ],
            }
        ],
        "fitcerts:id": f"{credential.id} exam.pass_rates[{index}]",
        "dct:source": source_ids(sources),
    }
    resource = Resource(f"pass-rate:{credential.id}:{index}", ctid_, node)
    if any(source.kind is SourceKind.OFFICIAL for source in sources):
        node["qdata:dataProvider"] = registry_url(ctid("organization", credential.organization.id))
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


def every_resource(release: Release) -> list[Resource]:
    found: list[Resource] = []
    bodies: dict[str, None] = {}
    for organization in release.organizations():
        found.append(_organization(organization))
        if organization.membership_fees:
            found.append(cost_manifest(organization))
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
    return tuple(_registry_graph(resource, []) for resource in every_resource(release))


def _registry_graph(resource: Resource, notes: list[dict[str, Any]]) -> dict[str, Any]:
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
    for resource in every_resource(release):
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
