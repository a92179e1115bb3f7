"""Prices in CTDL: each a ``ceterms:CostProfile`` with its audience, conditions and place, and
each organization's membership dues as a cost manifest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .presentation import label
from .records import Organization, Price
from .vocabulary import (
    Audience,
    PriceBound,
    PriceItem,
    TaxTreatment,
)

if TYPE_CHECKING:
    pass
from .ctdl_nodes import (
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
    "cost_manifest",
    "jurisdiction_profiles",
]


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


def cost_manifest(organization: Organization) -> Resource:
    ctid_ = ctid("cost-manifest", organization.id)
    fees = organization.membership_fees
    tiers = sorted({price.tier_name for price in fees if price.tier_name})
    described = f" ({', '.join(tiers)})" if tiers else ""
    node: dict[str, Any] = {
        "@id": registry_url(ctid_),
        "@type": "ceterms:CostManifest",
        "ceterms:ctid": ctid_,
        "ceterms:name": language_map(f"{organization.abbreviation} membership"),
        "ceterms:description": language_map(
            f"What joining {organization.name} costs{described}; members pay less for some of "
            "its credentials."
        ),
        "ceterms:costManifestOf": registry_url(ctid("organization", organization.id)),
        "ceterms:estimatedCost": [_cost(price) for price in fees],
        "fitcerts:id": organization.id,
    }
    resource = Resource(f"cost-manifest:{organization.id}", ctid_, node)
    url = official_url(source for price in fees for source in price.sources)
    if url:
        node["ceterms:costDetails"] = url
    else:
        resource.unknown["ceterms:costDetails"] = (
            "no official source of the fees gives a web address"
        )
    return resource


def _cost(price: Price) -> dict[str, Any]:
    """A CostProfile. ``ceterms:price`` is only ever a price that adds up: a lower bound or an
    amount already inside another price is said in ``ceterms:condition`` and kept as
    ``fitcerts:statedAmount``, which the fitcerts graph holds (never a Registry graph)."""
    name = label(price.pays_for).capitalize()
    profile: dict[str, Any] = {
        "@type": "ceterms:CostProfile",
        "ceterms:name": language_map(f"{name} ({price.tier_name})" if price.tier_name else name),
        "ceterms:description": language_map(_cost_description(price)),
        "ceterms:currency": price.currency.value,
        "ceterms:directCostType": concept_node("costType", _COST_TYPES[price.pays_for]),
        "fitcerts:paysFor": price.pays_for.value,
        "fitcerts:audience": price.audience.value,
        "fitcerts:priceBound": price.bound.value,
        "dct:source": source_ids(price.sources),
    }
    conditions = _cost_conditions(price)
    if price.amount is not None and price.bound in (PriceBound.EXACT, PriceBound.APPROXIMATE):
        profile["ceterms:price"] = json_number(price.amount)
    elif price.amount is not None:
        profile["fitcerts:statedAmount"] = str(price.amount)
    if price.included_in is not None:
        profile["fitcerts:includedIn"] = price.included_in.value
    if conditions:
        profile["ceterms:condition"] = language_map(conditions)
    if price.audience in _AUDIENCES:
        profile["ceterms:audienceType"] = [concept_node("audience", _AUDIENCES[price.audience])]
    if price.tier is not None:
        profile["fitcerts:tier"] = price.tier
    if price.tax is not TaxTreatment.NOT_STATED:
        profile["fitcerts:tax"] = price.tax.value
    if price.jurisdiction is not None:
        profile["ceterms:jurisdiction"] = jurisdiction_profiles(price.jurisdiction)
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


def jurisdiction_profiles(country: str) -> list[dict[str, Any]]:
    return [
        {
            "@type": "ceterms:JurisdictionProfile",
            "ceterms:mainJurisdiction": {
                "@type": "ceterms:Place",
                "ceterms:addressCountry": language_map(country),
            },
        }
    ]
