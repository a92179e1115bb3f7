"""What every CTDL resource is made of: CTIDs, Registry URLs, language maps, concepts, numbers
and official links, and the resource a graph is built from."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .records import Source
from .vocabulary import (
    SourceKind,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "CONTEXT_URL",
    "CTID_NAMESPACE",
    "FITCERTS",
    "LABELS",
    "LANGUAGE",
    "NOTES_CONTEXT",
    "REGISTRY",
    "SCHEMES",
    "Resource",
    "concept_node",
    "ctid",
    "json_number",
    "language_map",
    "official_url",
    "registry_url",
    "source_ids",
]


CONTEXT_URL = "https://credreg.net/ctdl/schema/context/json"


REGISTRY = "https://credentialengineregistry.org"


# uuid5(NAMESPACE_URL, "https://w3id.org/fitcerts/ctid"), written out so it can never drift.
CTID_NAMESPACE = uuid.UUID("7467694e-b54e-5c67-856a-aa515176dc38")


LANGUAGE = "en"


FITCERTS = "https://w3id.org/fitcerts/terms/"


# The context of the bundle's fitcerts graph (never part of a Registry graph).
NOTES_CONTEXT: dict[str, Any] = {
    "fitcerts": FITCERTS,
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dct:source": {"@type": "@id"},
    "fitcerts:statedAmount": {"@type": "xsd:decimal"},
}


# Concept scheme prefix -> (scheme term on credreg.net, its label).
SCHEMES = {
    "audience": ("Audience", "Audience"),
    "costType": ("CostType", "Cost Type"),
    "credentialStat": ("CredentialStatus", "Credential Status"),
    "deliveryType": ("Delivery", "Delivery Type"),
    "orgType": ("OrganizationType", "Organization Type"),
    "agentSector": ("AgentSector", "Agent Sector"),
    "lifeCycle": ("LifeCycleStatus", "Life Cycle Status"),
}


# The labels CTDL gives the concepts the export uses (tests/ctdl_terms.json has them all).
LABELS = {
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


def registry_url(ctid_: str) -> str:
    return f"{REGISTRY}/resources/{ctid_}"


def language_map(value: str | list[str]) -> dict[str, str | list[str]]:
    return {LANGUAGE: value}


def concept_node(prefix: str, name: str) -> dict[str, Any]:
    scheme, scheme_label = SCHEMES[prefix]
    return {
        "@type": "ceterms:CredentialAlignmentObject",
        "ceterms:framework": f"https://credreg.net/ctdl/terms/{scheme}",
        "ceterms:frameworkName": language_map(scheme_label),
        "ceterms:targetNode": f"{prefix}:{name}",
        "ceterms:targetNodeName": language_map(LABELS[f"{prefix}:{name}"]),
    }


def json_number(value: Decimal | int) -> int | float:
    """A JSON number, as the Registry expects for prices and rates (never a string)."""
    decimal = Decimal(value)
    return int(decimal) if decimal == decimal.to_integral_value() else float(decimal)


def official_url(sources: Iterable[Source]) -> str | None:
    """The web address of the first official source that gives one."""
    for source in sources:
        if source.kind is SourceKind.OFFICIAL and source.url:
            return source.url
    return None


def source_ids(sources: Iterable[Source]) -> list[str]:
    return [f"urn:fitcerts:source:{source.id}" for source in sources]


@attrs.define
class Resource:
    """A Registry graph under construction: the resource, the nodes after it, and why each
    required property the data cannot supply is absent."""

    key: str  # "credential:CSCS"
    ctid: str
    node: dict[str, Any]
    extra: list[dict[str, Any]] = attrs.field(factory=list)
    unknown: dict[str, str] = attrs.field(factory=dict)  # "@id property" -> reason
