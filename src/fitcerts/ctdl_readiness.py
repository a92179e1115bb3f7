"""What the Credential Engine Registry requires of each resource that the data cannot supply,
and why."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from .ctdl import every_resource
from .plain import Plain
from .presentation import short_repr

if TYPE_CHECKING:
    from .release import Release
from .ctdl_nodes import LANGUAGE

__all__ = [
    "MINIMUM_DESCRIPTION",
    "REQUIRED",
    "MissingProperty",
    "RegistryReadiness",
    "ResourceReadiness",
    "registry_readiness",
]


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
    for resource in every_resource(release):
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
    description = node.get("ceterms:description", {}).get(LANGUAGE, "")
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
        name=node["ceterms:name"][LANGUAGE],
        missing=tuple(missing),
    )
