"""Write tests/ctdl_terms.json: the facts test_ctdl.py checks the CTDL export against.

Not a test: run it by hand when the export starts using a new term, or against a newer copy of
the schema, with the two schema files Credential Engine publishes (the JSON encodings of
credreg.net's CTDL and QData schemas) in one folder:

    python tests/make_ctdl_terms.py FOLDER

It keeps only facts about the terms the export and its shipped context use (every release):
each class, each
property's domain (limited to those classes) and range, the concept scheme it draws on, and
the members of those schemes with their labels. The Registry Assistant's required properties
are written by hand below, from the "Required" markers of its input classes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import fitcerts
from fitcerts.ctdl import bundle
from fitcerts.exports import jsonld_context

HERE = Path(__file__).parent
SCHEMAS = {
    "ctdl": {
        "repository": "CredentialEngine/credential-registry-publish-action",
        "path": "src/ctdl-schema.json",
        "commit": "61425be8c326ebeb33a65be79fa8ddec9ffc8355",
        "date": "2023-10-08",
        "copy_of": "https://credreg.net/ctdl/schema/encoding/json",
    },
    "qdata": {
        "repository": "CredentialEngine/credential-registry-publish-action",
        "path": "src/qdata-schema.json",
        "commit": "61425be8c326ebeb33a65be79fa8ddec9ffc8355",
        "date": "2023-10-08",
        "copy_of": "https://credreg.net/qdata/schema/encoding/json",
    },
}
ASSISTANT = {
    "repository": "CredentialEngine/Registry_Assistant",
    "commit": "d85a12069d99e1d6c783e892ddee9a08a01a3775",
    "date": "2026-03-06",
    "paths": [
        "src/RA.Models/Input/CredentialRequest.cs",
        "src/RA.Models/Input/OrganizationRequest.cs",
        "src/RA.Models/Input/AssessmentRequest.cs",
        "src/RA.Models/Input/CostManifestRequest.cs",
        "src/RA.Models/Input/profiles/QData/DataSetProfile.cs",
    ],
}
# From the input classes' "Required" markers; each inner list is met by any one of its terms.
_CREDENTIAL = [
    ["ceterms:ctid"],
    ["ceterms:name"],
    ["ceterms:description"],
    ["ceterms:ownedBy"],
    ["ceterms:credentialStatusType"],
    ["ceterms:subjectWebpage"],
    ["ceterms:inLanguage"],
]
_ORGANIZATION = [
    ["ceterms:ctid"],
    ["ceterms:name"],
    ["ceterms:description"],
    ["ceterms:subjectWebpage"],
    ["ceterms:agentType"],
    ["ceterms:agentSectorType"],
    ["ceterms:email", "ceterms:address"],
    ["ceterms:lifeCycleStatusType"],
]
REQUIRED = {
    "ceterms:Certification": _CREDENTIAL,
    "ceterms:Certificate": _CREDENTIAL,
    "ceterms:CredentialOrganization": _ORGANIZATION,
    "ceterms:QACredentialOrganization": _ORGANIZATION,
    "ceterms:AssessmentProfile": [
        ["ceterms:ctid"],
        ["ceterms:name"],
        ["ceterms:description"],
        ["ceterms:ownedBy", "ceterms:offeredBy"],
        ["ceterms:lifeCycleStatusType"],
    ],
    "ceterms:CostManifest": [
        ["ceterms:ctid"],
        ["ceterms:description"],
        ["ceterms:costManifestOf"],
        ["ceterms:costDetails"],
    ],
    "qdata:DataSetProfile": [
        ["ceterms:ctid"],
        ["ceterms:name"],
        ["ceterms:description"],
        ["qdata:dataProvider"],
        ["qdata:dataSetTemporalCoverage"],
        ["qdata:hasMetric"],
        ["qdata:hasObservation"],
    ],
}


def _used() -> tuple[set[str], set[str], set[str]]:
    """The classes, properties and concepts the Registry graphs of every release use."""
    classes: set[str] = set()
    properties: set[str] = set()
    concepts: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            if isinstance(value.get("@type"), str):
                classes.add(value["@type"])
            for key, item in value.items():
                if key.startswith(("ceterms:", "qdata:", "schema:")):
                    properties.add(key)
                    if key in ("ceterms:targetNode", "ceterms:creditUnitType"):
                        concepts.update([item] if isinstance(item, str) else item)
                    walk(item)

    for version in fitcerts.data_versions():
        for graph in bundle(fitcerts.load(version))["@graph"][:-1]:
            walk(graph["@graph"])
    return classes, properties, concepts


def _ancestors(terms: dict[str, dict[str, Any]], name: str) -> list[str]:
    """Every class ``name`` is a subclass of, nearest first."""
    found: list[str] = []
    for parent in terms[name].get("rdfs:subClassOf", []):
        if parent in terms and parent not in found:
            found += [parent, *(a for a in _ancestors(terms, parent) if a not in found)]
    return found


def main(folder: Path) -> None:
    terms: dict[str, dict[str, Any]] = {}
    for name in SCHEMAS:
        document = json.loads((folder / f"{name}-schema.json").read_text(encoding="utf-8"))
        for term in document["@graph"]:
            known = terms.setdefault(term["@id"], {"type": term["@type"]})
            for key in ("schema:domainIncludes", "schema:rangeIncludes", "meta:targetScheme"):
                known.setdefault(key, [])
                known[key] += [v for v in term.get(key, []) if v not in known[key]]
            for key in ("skos:inScheme", "skos:prefLabel", "rdfs:label", "rdfs:subClassOf"):
                if key in term:
                    known[key] = term[key]
    classes, properties, concepts = _used()
    properties |= {term for term, item in jsonld_context().items() if not isinstance(item, str)}
    properties |= {p for group in REQUIRED.values() for alternatives in group for p in alternatives}
    schemes = sorted(
        {s for p in properties if p in terms for s in terms[p]["meta:targetScheme"]}
        | {s for c in concepts if c in terms for s in terms[c].get("skos:inScheme", [])}
    )
    table = {
        "about": "Facts about the CTDL terms fitcerts' export uses, derived by "
        "tests/make_ctdl_terms.py from the schema files below (domains are limited to the "
        "classes the export uses); required properties from the Registry Assistant's input "
        "classes. Facts only: the schema files are not copied.",
        "sources": {"schemas": list(SCHEMAS.values()), "registry_assistant": ASSISTANT},
        "classes": {c: _ancestors(terms, c) for c in sorted(classes | set(REQUIRED)) if c in terms},
        "properties": {
            p: {
                "domain": sorted(
                    set(terms[p]["schema:domainIncludes"]) & (classes | set(REQUIRED))
                ),
                "range": sorted(terms[p]["schema:rangeIncludes"]),
                **(
                    {"scheme": terms[p]["meta:targetScheme"][0]}
                    if terms[p]["meta:targetScheme"]
                    else {}
                ),
            }
            for p in sorted(properties)
            if p in terms
        },
        "schemes": {
            s: {
                "framework": f"https://credreg.net/ctdl/terms/{s.split(':')[1]}",
                "label": terms[s]["rdfs:label"]["en-US"],
                "members": {
                    c: t["skos:prefLabel"]["en-US"]
                    for c, t in sorted(terms.items())
                    if s in t.get("skos:inScheme", [])
                },
            }
            for s in schemes
        },
        "required": REQUIRED,
        "minimum_description": 15,
    }
    text = json.dumps(table, indent=1, ensure_ascii=False) + "\n"
    (HERE / "ctdl_terms.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
