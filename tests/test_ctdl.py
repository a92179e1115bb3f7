"""The CTDL export against Credential Engine's own vocabulary (the facts in ctdl_terms.json):
every term exists, sits in its domain and has a value of its range, every concept comes from
the right scheme, and every resource has what the Registry Assistant requires or the readiness
check names what is missing. Offline throughout."""

from __future__ import annotations

import functools
import io
import json
import re
import uuid
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import pycountry
import pytest
from pyld import jsonld

import fitcerts
from fitcerts import ctdl, ctdl_costs, ctdl_nodes, ctdl_readiness
from fitcerts.exports import ctdl_graphs, jsonld_context, registry_readiness

TERMS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "ctdl_terms.json").read_text(encoding="utf-8")
)
VERSIONS = fitcerts.data_versions()
CTID = re.compile(r"ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
DURATION = re.compile(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _nodes(value: Any) -> list[dict[str, Any]]:
    """Every JSON object in ``value`` but language maps, outermost first."""
    if isinstance(value, list):
        return [node for item in value for node in _nodes(item)]
    if isinstance(value, dict) and not _language_map(value):
        return [value, *(node for item in value.values() for node in _nodes(item))]
    return []


def _index(graphs: tuple[dict[str, Any], ...]) -> dict[str, str]:
    """The class of every resource the graphs publish, by its @id."""
    return {node["@id"]: node["@type"] for graph in graphs for node in graph["@graph"]}


def _is_a(kind: str, wanted: str) -> bool:
    return kind == wanted or wanted in TERMS["classes"].get(kind, [])


def _fits(value: Any, ranges: list[str], index: dict[str, str]) -> bool:
    """Whether one value is of one of ``ranges`` (a JSON list is several values)."""
    if isinstance(value, list):
        return bool(value) and all(_fits(item, ranges, index) for item in value)
    for wanted in ranges:
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if (
            (wanted == "rdf:langString" and _language_map(value))
            or (wanted == "xsd:string" and isinstance(value, str) and value)
            or (wanted == "xsd:anyURI" and isinstance(value, str) and _iri(value))
            or (wanted in ("xsd:decimal", "xsd:float") and number)
            or (wanted == "xsd:integer" and number and isinstance(value, int))
            or (wanted == "xsd:boolean" and isinstance(value, bool))
            or (wanted == "xsd:date" and isinstance(value, str) and DATE.fullmatch(value))
            or (wanted == "xsd:language" and isinstance(value, str) and LANGUAGE.fullmatch(value))
            or (
                wanted == "schema:Duration" and isinstance(value, str) and DURATION.fullmatch(value)
            )
            or (wanted == "skos:Concept" and isinstance(value, str) and ":" in value)
            or (isinstance(value, dict) and _is_a(value.get("@type", ""), wanted))
            or (isinstance(value, str) and value in index and _is_a(index[value], wanted))
        ):
            return True
    return False


def _language_map(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.keys() == {"en"}
        and all(
            (isinstance(text, str) and text)
            or (isinstance(text, list) and text and all(isinstance(t, str) and t for t in text))
            for text in value.values()
        )
    )


def _iri(value: str) -> bool:
    prefixes = {key for key, item in jsonld_context().items() if isinstance(item, str)}
    return value.startswith(("https://", "http://")) or value.split(":")[0] in prefixes


@pytest.mark.parametrize("version", VERSIONS)
def test_every_term_is_ctdl_in_its_domain_with_a_value_of_its_range(version: str) -> None:
    graphs = ctdl_graphs(version)
    index = _index(graphs)
    wrong = []
    for graph in graphs:
        for node in _nodes(graph["@graph"]):
            kind: str = node.get("@type") or ""
            if kind not in TERMS["classes"]:
                wrong.append(f"{kind!r} is not a CTDL class the table knows (in {graph['@id']})")
                continue
            for term, value in node.items():
                if term in ("@id", "@type"):
                    continue
                facts = TERMS["properties"].get(term)
                if facts is None:
                    wrong.append(f"{term} is not a CTDL property (on {kind})")
                elif not any(_is_a(kind, domain) for domain in facts["domain"]):
                    wrong.append(f"{term} is not in the domain of {kind}")
                elif not _fits(value, facts["range"], index):
                    wrong.append(f"{term} on {kind}: {value!r} is not of {facts['range']}")
    assert sorted(set(wrong)) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_every_concept_comes_from_the_scheme_its_property_draws_on(version: str) -> None:
    wrong = []
    for graph in ctdl_graphs(version):
        for node in _nodes(graph["@graph"]):
            for term, value in node.items():
                scheme = TERMS["properties"].get(term, {}).get("scheme")
                if scheme is None:
                    continue
                members = TERMS["schemes"][scheme]["members"]
                for item in value if isinstance(value, list) else [value]:
                    if term == "ceterms:creditUnitType":
                        concept, framework, name = item, None, None
                    else:
                        concept = item["ceterms:targetNode"]
                        framework = item["ceterms:framework"]
                        name = item["ceterms:targetNodeName"]["en"]
                        if framework != TERMS["schemes"][scheme]["framework"]:
                            wrong.append(f"{term}: framework {framework}, not {scheme}")
                        if item["ceterms:frameworkName"]["en"] != TERMS["schemes"][scheme]["label"]:
                            wrong.append(f"{term}: the framework's name is not {scheme}'s label")
                    if concept not in members:
                        wrong.append(f"{term}: {concept} is not in {scheme}")
                    elif name is not None and name != members[concept]:
                        wrong.append(f"{term}: {concept} is labelled {members[concept]!r}")
    assert sorted(set(wrong)) == []


def test_every_fee_kind_has_a_cost_type_of_ctdl() -> None:
    members = TERMS["schemes"]["ceterms:CostType"]["members"]
    assert set(ctdl_costs._COST_TYPES) == set(fitcerts.PriceItem)
    assert {f"costType:{name}" for name in ctdl_costs._COST_TYPES.values()} <= set(members)


def test_the_readiness_check_requires_what_the_registry_assistant_requires() -> None:
    expected = {
        kind: tuple(tuple(group) for group in groups) for kind, groups in TERMS["required"].items()
    }
    assert expected == ctdl_readiness.REQUIRED
    assert TERMS["minimum_description"] == ctdl_readiness.MINIMUM_DESCRIPTION


@pytest.mark.parametrize("version", VERSIONS)
def test_each_resource_has_the_required_properties_or_the_check_names_them(version: str) -> None:
    named = {
        resource.ctid: {missing.property: missing.reason for missing in resource.missing}
        for resource in registry_readiness(version).resources
    }
    checked = 0
    for graph in ctdl_graphs(version):
        for node in graph["@graph"]:
            lacking = named[node["ceterms:ctid"]]
            for group in TERMS["required"][node["@type"]]:
                if not any(term in node for term in group):
                    reason = lacking.get(" or ".join(group))
                    assert reason, f"{node['@id']} lacks {group} and the check does not say so"
                    assert reason != "the data does not say", "a reason says what is unknown"
            description = node.get("ceterms:description", {}).get("en", "")
            if len(description) < TERMS["minimum_description"]:
                assert "ceterms:description" in lacking
            checked += 1
    assert checked == len(named)


def test_the_readiness_of_2026_3_names_what_each_resource_lacks() -> None:
    readiness = registry_readiness("2026.3")
    by_id = {(r.type, r.fitcerts_id): r for r in readiness.resources}
    release = fitcerts.load("2026.3")
    credentials = [r for r in readiness.resources if r.type.startswith("ceterms:Certifica")]
    assert len(credentials) == len(release.credentials()) == 47
    organizations = [r for r in readiness.resources if r.type.endswith("CredentialOrganization")]
    assert len(organizations) == len(release.organizations()) + 1  # and NCCA
    assert by_id["ceterms:Certification", "CSCS"].ready
    assert by_id["ceterms:CredentialOrganization", "NSCA"].ready
    ncca = by_id["ceterms:QACredentialOrganization", "NCCA"]
    assert {m.property for m in ncca.missing} == {
        "ceterms:description",
        "ceterms:subjectWebpage",
        "ceterms:agentSectorType",
        "ceterms:email or ceterms:address",
    }
    assert "only by the name" in ncca.missing[0].reason
    nasm = by_id["ceterms:CredentialOrganization", "NASM"]
    assert [m.property for m in nasm.missing] == ["ceterms:agentSectorType"]
    assert "'membership'" in nasm.missing[0].reason
    assert all(r.ready or r.missing for r in readiness.resources)
    text = str(readiness)
    assert text.splitlines()[0].startswith("release 2026.3: ")
    assert "NCCA" in text and "only by the name" in text
    assert repr(readiness).startswith("<RegistryReadiness 2026.3 ")
    assert readiness.to_dict()["resources"][0]["ctid"] == readiness.resources[0].ctid


@pytest.mark.parametrize("version", VERSIONS)
def test_registry_graphs_hold_only_ctdl_in_the_registry_shape(version: str) -> None:
    for graph in ctdl_graphs(version):
        assert graph["@context"] == ctdl_nodes.CONTEXT_URL
        first, *rest = graph["@graph"]
        assert graph["@id"] == f"{ctdl_nodes.REGISTRY}/graph/{first['ceterms:ctid']}"
        assert first["@id"] == f"{ctdl_nodes.REGISTRY}/resources/{first['ceterms:ctid']}"
        assert all(node["@type"] == "qdata:DataSetProfile" for node in rest)
        text = json.dumps(graph)
        assert '"fitcerts:' not in text and '"dct:' not in text and "urn:fitcerts" not in text


@pytest.mark.parametrize("version", VERSIONS)
def test_ctids_are_unique_and_derived_from_the_fitcerts_id(version: str) -> None:
    ctids = [node["ceterms:ctid"] for graph in ctdl_graphs(version) for node in graph["@graph"]]
    assert len(ctids) == len(set(ctids))
    assert all(CTID.fullmatch(value) for value in ctids)
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/fitcerts/ctid")
    assert namespace == ctdl_nodes.CTID_NAMESPACE
    for credential in fitcerts.load(version).credentials():
        assert (
            ctdl_nodes.ctid("credential", credential.id)
            == f"ce-{uuid.uuid5(namespace, 'credential:' + credential.id)}"
        )


def test_a_credential_keeps_its_ctid_in_every_release() -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    for version in VERSIONS:
        for graph in ctdl_graphs(version):
            for node in graph["@graph"]:
                key = (node["@type"], node["ceterms:name"]["en"])
                if node["@type"] in ("ceterms:Certification", "ceterms:Certificate"):
                    key = ("credential", _fitcerts_id(version, node["@id"]))
                seen.setdefault(key, set()).add(node["ceterms:ctid"])
    assert ("credential", "CSCS") in seen
    assert {key: ids for key, ids in seen.items() if key[0] == "credential" and len(ids) > 1} == {}


def _fitcerts_id(version: str, resource: str) -> str:
    """The fitcerts id the (never published) fitcerts graph gives a resource."""
    return str(_notes(version)[resource]["fitcerts:id"])


@functools.cache
def _notes(version: str) -> dict[str, dict[str, Any]]:
    bundle = json.loads(fitcerts.export("ctdl", version=version))
    return {node["@id"]: node for node in bundle["@graph"][-1]["@graph"]}


def _loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url != ctdl_nodes.CONTEXT_URL:
        raise AssertionError(f"the export needed {url}")
    document = {"@context": jsonld_context()}
    return {"contextUrl": None, "documentUrl": url, "document": document}


def test_the_bundle_expands_offline_with_the_shipped_context() -> None:
    document = json.loads(fitcerts.export("ctdl"))
    assert document["@context"][0] == ctdl_nodes.CONTEXT_URL
    expanded = jsonld.expand(document, {"documentLoader": _loader})
    quads = jsonld.to_rdf(expanded, {"documentLoader": _loader, "format": "application/n-quads"})
    ceterms, xsd = "https://purl.org/ctdl/terms/", "http://www.w3.org/2001/XMLSchema#"
    assert f'<{ceterms}price> "340"^^<{xsd}decimal>' in quads
    assert f'<{ceterms}exactDuration> "PT4H"^^<https://schema.org/Duration>' in quads
    assert f"<{ceterms}targetNode> <https://purl.org/ctdl/vocabs/credentialStat/Active>" in quads
    assert f'<{ceterms}renewalFrequency> "P3Y"^^<https://schema.org/Duration>' in quads


def test_the_shipped_context_gives_each_term_its_ctdl_range() -> None:
    for term, definition in jsonld_context().items():
        if isinstance(definition, str):
            continue
        ranges = TERMS["properties"][term]["range"]
        if definition.get("@container") == "@language":
            assert ranges == ["rdf:langString"], term
        elif definition["@type"] == "@id":
            assert ranges == ["xsd:anyURI"] or all(r.split(":")[0] != "xsd" for r in ranges), term
        else:
            assert definition["@type"] in ranges, term


def _registry_node(fitcerts_id: str, kind: str = "credential") -> dict[str, Any]:
    wanted = f"{ctdl_nodes.REGISTRY}/resources/{ctdl_nodes.ctid(kind, fitcerts_id)}"
    for graph in ctdl_graphs():
        for node in graph["@graph"]:
            if node["@id"] == wanted:
                found: dict[str, Any] = node
                return found
    raise AssertionError(f"no {kind} {fitcerts_id}")


def test_price_bounds_stay_honest_for_ctdl_consumers() -> None:
    bundle = json.loads(fitcerts.export("ctdl"))
    notes = {node["@id"]: node for node in bundle["@graph"][-1]["@graph"]}
    bounded = 0
    for graph in bundle["@graph"][:-1]:
        for node in _nodes(graph["@graph"]):
            if node.get("@type") != "ceterms:CostProfile":
                continue
            note = notes[node["@id"]]
            bound = note["fitcerts:priceBound"]
            if bound in ("lower-bound", "included"):
                bounded += 1
                assert "ceterms:price" not in node, "a bound must not read as a price that adds up"
                assert "fitcerts:statedAmount" in note or bound == "included"
                words = " ".join(node["ceterms:condition"]["en"])
                assert ("lower bound" if bound == "lower-bound" else "not paid on top") in words
            elif bound == "exact":
                assert isinstance(node["ceterms:price"], (int, float))
    assert bounded >= 3


def test_pass_rates_renewal_ce_delivery_topics_and_scoring_are_ctdl() -> None:
    cscs = _registry_node("CSCS")
    assert cscs["ceterms:renewalFrequency"] == "P3Y"
    (renewal,) = cscs["ceterms:renewal"]
    (credit,) = renewal["ceterms:creditValue"]
    assert credit["schema:value"] == 6
    assert credit["ceterms:creditUnitType"] == ["creditUnit:ContinuingEducationUnit"]
    assert cscs["ceterms:inLanguage"] == ["en", "ja"]
    exam = _registry_node("CSCS", "assessment")
    assert [d["ceterms:targetNode"] for d in exam["ceterms:deliveryType"]] == [
        "deliveryType:InPerson"
    ]
    assert exam["ceterms:isProctored"] is True
    assert "70" in exam["ceterms:scoringMethodDescription"]["en"]
    assert exam["ceterms:keyword"]["en"] == list(fitcerts.get("CSCS").exam.topics)
    assert exam["ceterms:ownedBy"] == cscs["ceterms:ownedBy"]
    (aggregate,) = exam["ceterms:aggregateData"]
    data_sets = {
        node["@id"]: node
        for graph in ctdl_graphs()
        for node in graph["@graph"]
        if node["@type"] == "qdata:DataSetProfile"
    }
    latest = data_sets[aggregate["qdata:relevantDataSet"][-1]]
    (period,) = latest["qdata:dataSetTimePeriod"]
    assert (period["ceterms:startDate"], period["ceterms:endDate"]) == ("2025-01-01", "2025-12-31")
    (profile,) = period["qdata:dataAttributes"]
    assert profile["qdata:passRate"][0]["qdata:percentage"] == 39
    assert latest["schema:about"] == [exam["@id"]]


def test_provenance_stays_beside_the_registry_graphs() -> None:
    bundle = json.loads(fitcerts.export("ctdl"))
    notes = bundle["@graph"][-1]
    assert notes["@id"] == f"urn:fitcerts:release:{fitcerts.DATA_VERSION}"
    nodes = {node["@id"]: node for node in notes["@graph"]}
    cited = {ref for node in notes["@graph"] for ref in node.get("dct:source", [])}
    assert cited and all(nodes[ref]["@type"] == "dct:BibliographicResource" for ref in cited)
    cscs = nodes[_registry_node("CSCS")["@id"]]
    assert cscs["fitcerts:id"] == "CSCS"
    assert cscs["dct:source"] == [
        f"urn:fitcerts:source:{s.id}" for s in fitcerts.get("CSCS").sources
    ]


def test_the_command_line_reports_readiness(tmp_path: Path) -> None:
    from fitcerts.cli import main

    out = io.StringIO()
    target = tmp_path / "catalog.jsonld"
    with redirect_stdout(out):
        status = main(["export", "--format", "ctdl", "--registry-ready", "-o", str(target)])
    assert status == 0
    assert out.getvalue().rstrip("\n") == str(registry_readiness())
    assert target.read_text(encoding="utf-8") == fitcerts.export("ctdl")


# --- ceterms:inLanguage: stated where the data states it, else inferred and said so ---------------

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _offered_in(version: str | None = None) -> dict[str, tuple[list[str], dict[str, Any]]]:
    """Each credential's ``ceterms:inLanguage`` and its note in the fitcerts graph, by id."""
    bundle = json.loads(fitcerts.export("ctdl", version=version))
    notes = {node["@id"]: node for node in bundle["@graph"][-1]["@graph"]}
    found = {}
    for graph in bundle["@graph"][:-1]:
        node = graph["@graph"][0]
        if node["@type"] in ("ceterms:Certification", "ceterms:Certificate"):
            note = notes[node["@id"]]
            found[note["fitcerts:id"]] = (node["ceterms:inLanguage"], note)
    return found


def _bcp_47(tag: str) -> bool:
    """A tag of the subset fitcerts uses whose primary subtag is an ISO 639 language."""
    primary = tag.split("-")[0]
    code = {2: "alpha_2", 3: "alpha_3"}.get(len(primary))
    return (
        bool(LANGUAGE.fullmatch(tag))
        and code is not None
        and (pycountry.languages.get(**{code: primary}) is not None)
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_every_credential_says_the_languages_it_is_offered_in(version: str) -> None:
    offered = _offered_in(version)
    assert offered.keys() == {c.id for c in fitcerts.load(version).credentials()}
    wrong = {
        key: tags
        for key, (tags, _) in offered.items()
        if not tags or len(set(tags)) < len(tags) or not all(_bcp_47(tag) for tag in tags)
    }
    assert wrong == {}
    lacking = [
        (resource.fitcerts_id, missing.property)
        for resource in registry_readiness(version).resources
        for missing in resource.missing
        if missing.property == "ceterms:inLanguage"
    ]
    assert lacking == []


@pytest.mark.parametrize("version", VERSIONS)
def test_stated_languages_all_appear_and_only_the_rest_is_inferred(version: str) -> None:
    offered = _offered_in(version)
    for credential in fitcerts.load(version).credentials():
        tags, note = offered[credential.id]
        exam = list(credential.exam.languages)
        priced = [p.language for p in credential.prices if p.language is not None]
        assert tags[: len(exam)] == exam, credential.id  # the exam's own, first and in order
        assert set(priced) <= set(tags), credential.id
        inferred = note.get("fitcerts:inferredLanguage", [])
        if exam:  # the exam states its languages: nothing is added to them
            assert inferred == [] and "fitcerts:languageNote" not in note, credential.id
            assert set(tags) == set(exam) | set(priced), credential.id
        else:
            assert inferred and set(tags) == set(priced) | set(inferred), credential.id
            assert not set(inferred) & set(priced), credential.id
            assert "not a stated fact" in note["fitcerts:languageNote"], credential.id
            abbreviation = credential.organization.abbreviation
            assert f"{abbreviation} publishes its pages in" in note["fitcerts:languageNote"]


@pytest.mark.parametrize("version", [None, "2026.3", "2026.4"])
def test_cscs_is_offered_in_english_and_in_japanese_by_nsca_japan(version: str | None) -> None:
    tags, note = _offered_in(version)["CSCS"]
    assert {"en", "ja"} <= set(tags)
    assert "fitcerts:inferredLanguage" not in note  # both stated by the exam's sources
    assert "ja" in fitcerts.load(version or fitcerts.DATA_VERSION).get("CSCS").exam.languages


@pytest.mark.parametrize("version", [None, "2026.3", "2026.4"])
def test_csep_credentials_are_english_and_french_as_csep_publishes(version: str | None) -> None:
    release = fitcerts.load(version or fitcerts.DATA_VERSION)
    csep = [c for c in release.credentials() if c.organization.id == "CSEP"]
    assert csep
    offered = _offered_in(version)
    for credential in csep:
        tags, note = offered[credential.id]
        assert {"en", "fr"} <= set(tags), credential.id
        if not credential.exam.languages:
            assert {"en", "fr"} <= set(note["fitcerts:inferredLanguage"])
            assert note["fitcerts:languageNote"].startswith(
                "'en' and 'fr' are the languages CSEP publishes its pages in, not a stated fact"
            )


@pytest.mark.parametrize("version", [None, "2026.3", "2026.4"])
def test_ace_cmes_is_offered_in_english(version: str | None) -> None:
    tags, note = _offered_in(version)["ACE-CMES"]
    assert "en" in tags
    if not fitcerts.load(version or fitcerts.DATA_VERSION).get("ACE-CMES").exam.languages:
        assert note["fitcerts:inferredLanguage"] == ["en"]
        assert note["fitcerts:languageNote"] == (
            "'en' is the language ACE publishes its pages in, not a stated fact: no source "
            "states the languages the ACE Certified Medical Exercise Specialist is offered in."
        )


def _page_languages(source: fitcerts.Source) -> set[str]:
    """The languages a page's address or title shows: a ``lang=`` query, a leading language
    segment of its path (``/fr/``), a ``.jp`` host, Japanese script in its title."""
    found: set[str] = set()
    if source.url:
        parts = urlsplit(source.url)
        found.update(parse_qs(parts.query).get("lang", []))
        first = parts.path.strip("/").split("/")[0]
        if re.fullmatch(r"[a-z]{2}", first):
            found.add(first)
        if (parts.hostname or "").endswith(".jp"):
            found.add("ja")
    if JAPANESE.search(source.title):
        found.add("ja")
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_the_languages_organizations_publish_in_are_those_their_pages_show(version: str) -> None:
    """The export's table of publishing languages against each release's pages: no page of an
    organization shows a language the table does not give it, and each language other than
    English that the table gives is shown by one of the organization's own pages."""
    release = fitcerts.load(version)
    for organization in release.organizations():
        published = set(ctdl._PUBLISHES_IN.get(organization.id, ctdl._PUBLISHES_IN_OTHERWISE))
        pages = [
            s
            for s in release.sources()
            if s.publisher in (organization.name, organization.abbreviation)
        ]
        shown = {tag for page in pages for tag in _page_languages(page)}
        assert shown - {"en"} <= published, organization.id
        if pages:
            assert published - {"en"} <= shown, organization.id


def test_a_language_only_a_price_states_is_kept_and_the_rest_inferred() -> None:
    cmes = fitcerts.load("2026.4").get("ACE-CMES")
    (price, *_) = cmes.prices
    priced = attrs.evolve(cmes, prices=(attrs.evolve(price, language="es"),))
    assert ctdl._languages(priced) == (["es"], ["en"])
    (node, *_) = ctdl._credential(priced)
    assert node.node["ceterms:inLanguage"] == ["es", "en"]
    assert node.node["fitcerts:inferredLanguage"] == ["en"]
    assert node.node["fitcerts:languageNote"].endswith(
        "offered in beyond 'es', in which a price of the exam is stated."
    )
    csep = fitcerts.load("2026.4").get("CSEP-CPT")
    french = attrs.evolve(csep, exam=attrs.evolve(csep.exam, languages=("fr",)))
    assert ctdl._languages(french) == (["fr"], [])  # the exam's statement wins
