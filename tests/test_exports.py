"""export(): JSON that reads back as the catalog, a CSV table, and CTDL JSON-LD that expands
offline with the context fitcerts ships."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

import fitcerts
from fitcerts import ctdl_nodes
from fitcerts.dataformat import release_folder
from fitcerts.exports import FORMATS, Format, from_json, jsonld_context
from fitcerts.table import COLUMNS

VERSIONS = fitcerts.data_versions()
CTDL = "https://purl.org/ctdl/terms/"


@pytest.mark.parametrize("version", VERSIONS)
def test_the_json_export_reads_back_as_the_same_catalog(version: str) -> None:
    text = fitcerts.export("json", version=version)
    back = from_json(text)
    pinned = fitcerts.load(version)
    assert back.version == version
    assert back.credentials() == pinned.credentials()
    assert back.organizations() == pinned.organizations()
    assert back.sources() == pinned.sources()


@pytest.mark.parametrize("version", VERSIONS)
def test_the_json_export_holds_the_data_files_records(version: str) -> None:
    exported = json.loads(fitcerts.export("json", version=version))
    for name in ("sources", "organizations", "credentials"):
        raw = json.loads(release_folder(version).joinpath(f"{name}.json").read_text("utf-8"))
        assert sorted(exported[name], key=lambda r: r["id"]) == sorted(raw, key=lambda r: r["id"])


def test_a_bad_json_export_is_refused_with_the_path_of_each_problem() -> None:
    data = json.loads(fitcerts.export("json"))
    data["credentials"][0]["exam"]["questions"] = "many"
    with pytest.raises(fitcerts.DataValidationError, match=r"credentials.json \$\[0\].exam"):
        from_json(json.dumps(data))
    with pytest.raises(fitcerts.DataValidationError, match="not a fitcerts JSON export"):
        from_json("[]")


def test_from_json_is_as_strict_as_a_release() -> None:
    data = json.loads(fitcerts.export("json"))
    cscs = next(c for c in data["credentials"] if c["id"] == "CSCS")
    # A name another credential has, and one two others share as their short name.
    cscs["aliases"] = [*cscs.get("aliases", []), "NASM-CPT", "CPT"]
    data["credentials"].append(dict(data["credentials"][0]))  # a repeated id
    with pytest.raises(fitcerts.DataValidationError) as caught:
        from_json(json.dumps(data))
    problems = "\n".join(caught.value.problems)
    assert "is used 2 times" in problems
    assert "'NASM-CPT' also names" in problems
    (line,) = [line for line in caught.value.problems if "CSCS is named 'cpt'" in line]
    assert "the short name of " in line and "NASM-CPT" in line and "NSCA-CPT" in line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"data_version": "x", "sources": [' + "9" * 5_000 + "]}", "not valid JSON"),
        ("{", "not valid JSON"),
        ('{"data_version": "x", "extra": 1}', "unknown key(s): extra"),
    ],
)
def test_hostile_exports_are_data_validation_errors(text: str, expected: str) -> None:
    with pytest.raises(fitcerts.DataValidationError, match=re.escape(expected)):
        from_json(text)


def test_deeply_nested_conditions_are_a_problem_not_a_crash() -> None:
    data = json.loads(fitcerts.export("json"))
    data["credentials"][0]["requirements"] = ["NESTED"]
    depth = 400  # within what json.loads accepts, beyond what structuring can recurse
    nested = '{"kind": "all-of", "description": "x", "all_of": [' * depth
    nested += '{"kind": "other", "description": "x"}' + "]}" * depth
    requirement = f'{{"level": "required", "any_of": [{nested}], "sources": ["article-2025"]}}'
    text = json.dumps(data).replace('"NESTED"', requirement)
    with pytest.raises(fitcerts.DataValidationError, match="nested too deeply"):
        from_json(text)


TEXT_FORMATS = [f for f in FORMATS if f not in ("datapackage", "sqlite")]


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_exports_are_deterministic_and_written_where_asked(fmt: Format, tmp_path: Path) -> None:
    first = fitcerts.export(fmt)
    assert fitcerts.export(fmt) == first
    target = tmp_path / f"catalog.{fmt}"
    assert fitcerts.export(fmt, target) == first
    assert target.read_bytes() == first.encode("utf-8")
    buffer = io.StringIO()
    fitcerts.export(fmt, buffer)
    assert buffer.getvalue() == first


@pytest.mark.parametrize("fmt", ["datapackage", "sqlite"])
def test_file_exports_are_the_same_bytes_every_time(fmt: Format, tmp_path: Path) -> None:
    name = "db" if fmt == "sqlite" else "zip"
    first = Path(fitcerts.export(fmt, tmp_path / f"a.{name}"))
    second = Path(fitcerts.export(fmt, tmp_path / f"b.{name}"))
    assert first.read_bytes() == second.read_bytes() and first.stat().st_size > 0
    assert first.stat().st_mode & 0o777 == 0o644  # readable as files a user makes are
    with pytest.raises(TypeError, match="written to a path"):
        fitcerts.export(fmt, io.StringIO())


def test_unknown_formats_and_versions_are_refused() -> None:
    with pytest.raises(
        ValueError, match="unknown export format 'xml'; allowed: json, csv, ctdl, jsonld, data"
    ):
        fitcerts.export("xml")  # type: ignore[arg-type]
    with pytest.raises(fitcerts.UnknownDataVersionError):
        fitcerts.export("csv", version="1999.1")


def _csv_rows(version: str | None = None) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(fitcerts.export("csv", version=version))))


def test_the_csv_reads_back_with_the_csv_module_in_a_stable_column_order() -> None:
    text = fitcerts.export("csv")
    header = next(csv.reader(io.StringIO(text)))
    assert header == [name for name, _ in COLUMNS]
    rows = _csv_rows()
    assert [row["id"] for row in rows] == [c.id for c in fitcerts.credentials()]
    cscs = next(row for row in rows if row["id"] == "CSCS")
    assert (cscs["exam_price_member"], cscs["exam_price_non_member"]) == ("340", "475")
    assert cscs["exam_price_member_is_lower_bound"] == "false"
    assert (cscs["passing_score"], cscs["passing_score_scale"]) == ("70", "scaled")
    assert cscs["accredited_by"] == "NCCA"
    nasm = next(row for row in rows if row["id"] == "NASM-CPT")
    assert (nasm["lowest_price"], nasm["lowest_price_is_lower_bound"]) == ("899", "true")
    assert nasm["exam_price_member"] == "", "unknown is empty, never 0"


def test_the_csv_of_a_pinned_release_says_what_that_release_says() -> None:
    cscs = next(row for row in _csv_rows("2026.1") if row["id"] == "CSCS")
    assert (cscs["passing_score"], cscs["passing_score_scale"]) == ("70", "percent")
    assert cscs["accredited_by"] == ""


# --- CTDL JSON-LD (the vocabulary itself is checked in test_ctdl.py) ---------------------------


def _load_context(url: str, options: dict[str, Any] | None = None) -> Any:
    if url != ctdl_nodes.CONTEXT_URL:
        raise AssertionError(f"the export tried to fetch {url}")
    return {"contextUrl": None, "documentUrl": url, "document": {"@context": jsonld_context()}}


def _registry_nodes(version: str | None = None) -> dict[str, dict[str, Any]]:
    """The resources of every Registry graph, expanded offline, by CTID."""
    document = json.loads(fitcerts.export("ctdl", version=version))
    expanded = jsonld.expand(document, {"documentLoader": _load_context})
    return {
        node[CTDL + "ctid"][0]["@value"]: node
        for graph in expanded
        if not graph["@id"].startswith("urn:fitcerts:")
        for node in graph["@graph"]
    }


def _value(node: dict[str, Any], term: str) -> list[Any]:
    return [item.get("@value", item.get("@id")) for item in node.get(CTDL + term, [])]


def test_jsonld_is_the_older_name_of_the_ctdl_export() -> None:
    assert fitcerts.export("jsonld") == fitcerts.export("ctdl")


@pytest.mark.parametrize("version", VERSIONS)
def test_the_ctdl_export_expands_offline_with_ctdl_types(version: str) -> None:
    nodes = _registry_nodes(version)
    types = {ctid: node["@type"] for ctid, node in nodes.items()}
    assert types[ctdl_nodes.ctid("credential", "CSCS")] == [CTDL + "Certification"]
    assert types[ctdl_nodes.ctid("credential", "NASM-PES")] == [CTDL + "Certificate"]
    assert types[ctdl_nodes.ctid("organization", "NSCA")] == [CTDL + "CredentialOrganization"]
    assert types[ctdl_nodes.ctid("assessment", "CSCS")] == [CTDL + "AssessmentProfile"]
    for organization in fitcerts.load(version).organizations():
        manifest = types.get(ctdl_nodes.ctid("cost-manifest", organization.id))
        assert manifest == ([CTDL + "CostManifest"] if organization.membership_fees else None)
    credentials = [
        t for t in types.values() if t[0] in (CTDL + "Certification", CTDL + "Certificate")
    ]
    assert len(credentials) == len(fitcerts.load(version).credentials())


def test_ctdl_costs_are_numbers_and_lower_bounds_are_no_price() -> None:
    nodes = _registry_nodes()
    costs = nodes[ctdl_nodes.ctid("credential", "CSCS")][CTDL + "estimatedCost"]
    assert all(cost["@type"] == [CTDL + "CostProfile"] for cost in costs)
    assert costs[0][CTDL + "price"] == [
        {"@value": 340, "@type": "http://www.w3.org/2001/XMLSchema#decimal"}
    ]
    assert Decimal(_value(costs[0], "price")[0]) == fitcerts.get("CSCS").prices[0].amount
    nasm = fitcerts.get("NASM-CPT")
    lower = [i for i, p in enumerate(nasm.prices) if p.bound is fitcerts.PriceBound.LOWER_BOUND]
    assert lower
    nasm_costs = nodes[ctdl_nodes.ctid("credential", "NASM-CPT")][CTDL + "estimatedCost"]
    for index in lower:
        assert CTDL + "price" not in nasm_costs[index]
        assert "lower bound" in " ".join(_value(nasm_costs[index], "condition"))


def test_ctdl_keeps_required_and_recommended_apart() -> None:
    nodes = _registry_nodes()
    pes = nodes[ctdl_nodes.ctid("credential", "NASM-PES")]
    assert CTDL + "recommends" in pes
    required = pes[CTDL + "requires"]
    # PES has no mandatory prerequisite: its only required condition is passing its exam.
    assert [_value(c, "targetAssessment") for c in required] == [
        [f"{ctdl_nodes.REGISTRY}/resources/{ctdl_nodes.ctid('assessment', 'NASM-PES')}"]
    ]
    cscs = nodes[ctdl_nodes.ctid("credential", "CSCS")]
    assert CTDL + "recommends" not in cscs
    assert all(c["@type"] == [CTDL + "ConditionProfile"] for c in cscs[CTDL + "requires"])
    cpt = nodes[ctdl_nodes.ctid("credential", "NSCA-CPT")]
    ages = [_value(c, "minimumAge") for c in cpt[CTDL + "requires"]]
    assert [18] in ages


def test_the_shipped_context_is_the_stand_in_for_the_registry_context() -> None:
    document = json.loads(fitcerts.export("ctdl"))
    assert document["@context"][0] == ctdl_nodes.CONTEXT_URL
    assert jsonld_context()["ceterms"] == CTDL


def test_a_failed_export_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    target = tmp_path / "catalog.csv"
    target.write_text("previous", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        fitcerts.export("csv", target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.csv"]  # no temporary left


def test_an_export_replaces_a_link_instead_of_writing_through_it(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("untouched", encoding="utf-8")
    link = tmp_path / "catalog.csv"
    link.symlink_to(elsewhere)
    fitcerts.export("csv", link)
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("id,")
    assert elsewhere.read_text(encoding="utf-8") == "untouched"


@pytest.mark.parametrize("dest", [3, object(), b"bytes"])
def test_an_export_destination_that_is_neither_path_nor_file_is_a_type_error(dest: object) -> None:
    with pytest.raises(TypeError, match="dest must be a path or an open text file"):
        fitcerts.export("csv", dest)  # type: ignore[arg-type]
