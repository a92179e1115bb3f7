"""Pinned data releases: versions, manifests and digests, load(), diff() and the JSON Schema."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import fitcerts
from fitcerts import DataIntegrityError, UnknownDataVersionError
from fitcerts.loading import read_release
from fitcerts.schema import derive_schema

from .conftest import EditJson
from .docs_modules import docs_module

ROOT = Path(__file__).resolve().parents[1]


def test_data_versions_are_oldest_first_and_end_with_the_default() -> None:
    versions = fitcerts.data_versions()
    assert versions[0] == "2026.1"
    assert list(versions) == sorted(versions, key=lambda v: tuple(map(int, v.split("."))))
    assert versions[-1] == fitcerts.DATA_VERSION


def test_load_pins_a_release_and_loads_it_once() -> None:
    first = fitcerts.load("2026.1")
    assert first is fitcerts.load("2026.1")
    assert first.version == "2026.1"
    assert repr(first).startswith("<Release 2026.1: 16 credentials")
    newest = fitcerts.load(fitcerts.DATA_VERSION)
    assert fitcerts.get("CSCS") is newest.get("CSCS")


def test_a_catalog_offers_the_module_api() -> None:
    catalog = fitcerts.load("2026.1")
    for name in (
        "get",
        "credentials",
        "organizations",
        "organization",
        "total_cost",
        "compare",
        "eligibility",
        "eligible",
        "eligibility_table",
        "recommend",
    ):
        assert callable(getattr(catalog, name)), name
    profile = fitcerts.Profile(age=22, education="bachelor", cpr_aed=True)
    assert [c.id for c in catalog.eligible(profile)] == ["CSCS", "NASM-CPT", "NASM-PES", "NSCA-CPT"]


def test_unknown_versions_list_the_available_ones() -> None:
    with pytest.raises(UnknownDataVersionError) as caught:
        fitcerts.load("2025.9")
    assert isinstance(caught.value, LookupError)
    assert caught.value.available == fitcerts.data_versions()
    assert str(caught.value) == (
        f"'2025.9' is not a bundled data release; available: {', '.join(fitcerts.data_versions())}"
    )


@pytest.mark.parametrize("version", ["../2026.1", "2026.1/../..", "2026.01", "2026", "", "latest"])
def test_malformed_versions_are_refused_before_the_filesystem_is_touched(
    version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fitcerts.dataformat
    import fitcerts.loading

    def no_disk() -> None:
        raise AssertionError("the filesystem was consulted")

    fitcerts.clear_caches()
    monkeypatch.setattr(fitcerts.dataformat, "package_data", no_disk)
    monkeypatch.setattr(fitcerts.pieces, "release_folder", no_disk)
    with pytest.raises(UnknownDataVersionError, match="is not a data version"):
        fitcerts.load(version)


def test_a_non_string_version_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a string"):
        fitcerts.load(2026.1)  # type: ignore[arg-type]


def test_a_tampered_release_fails_its_digest(release_copy: Path, edit_json: EditJson) -> None:
    version = release_copy.name
    edit_json(release_copy, "credentials.json", lambda data: data[0].update(name="Renamed"))
    with pytest.raises(
        DataIntegrityError, match=r"credentials\.json: does not match the digest"
    ) as caught:
        read_release(release_copy, version, verify=True)
    assert caught.value.file == f"{version}/credentials.json"
    # Unverified, the same folder is well-formed data: only the digest tells.
    assert read_release(release_copy, version).credentials[0].name == "Renamed"


def test_a_release_without_a_true_manifest_is_refused(release_copy: Path) -> None:
    version = release_copy.name
    manifest = release_copy / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "data_version": "1999.1"}), encoding="utf-8")
    with pytest.raises(DataIntegrityError, match="does not describe release"):
        read_release(release_copy, version, verify=True)
    manifest.unlink()
    with pytest.raises(DataIntegrityError, match=r"manifest\.json: the release has no manifest"):
        read_release(release_copy, version, verify=True)


def test_a_missing_file_is_named(release_copy: Path) -> None:
    (release_copy / "sources.json").unlink()
    with pytest.raises(DataIntegrityError, match=r"sources\.json: file missing"):
        read_release(release_copy, release_copy.name, verify=True)


def test_manifest_writer_matches_the_shipped_manifest(release_copy: Path) -> None:
    from datetime import date

    from fitcerts.dataformat import manifest_for

    shipped = json.loads((release_copy / "manifest.json").read_text(encoding="utf-8"))
    released = date.fromisoformat(shipped["released"])
    assert manifest_for(release_copy, release_copy.name, released) == shipped


def test_no_environment_variable_changes_the_data() -> None:
    source = ROOT / "src" / "fitcerts"
    for module in source.glob("*.py"):
        assert not re.search(r"\benviron\b|\bgetenv\b", module.read_text(encoding="utf-8")), module


# --- diff ------------------------------------------------------------------------------------


def test_a_release_compared_with_itself_has_no_changes() -> None:
    same = fitcerts.diff("2026.1", fitcerts.load("2026.1"))
    assert same.is_empty
    assert str(same) == (
        "2026.1 -> 2026.1: credentials +0 -0 ~0, organizations +0 -0 ~0, sources +0 -0 ~0, "
        "0 field changes"
    )


def test_diff_reports_field_paths_with_both_values_and_their_sources() -> None:
    import attrs

    old = fitcerts.load("2026.1")
    cscs = old.get("CSCS")
    article = cscs.sources[0]
    official = fitcerts.Source(id="nsca", title="NSCA", kind=fitcerts.SourceKind.OFFICIAL)
    changed = attrs.evolve(
        cscs,
        exam=attrs.evolve(cscs.exam, questions=250),
        citations=(fitcerts.Citation(path="exam.questions", sources=(official,)),),
    )
    new = fitcerts.Release(
        fitcerts.Catalog(
            fitcerts.ReleaseRecords(
                version="what-if",
                sources=(*old.sources(), official),
                organizations=old.organizations(),
                credentials=tuple(
                    changed if c.id == "CSCS" else c for c in old.credentials() if c.id != "CPSS"
                ),
            )
        )
    )
    result = fitcerts.diff(old, new)
    assert result.credentials_removed == ("CPSS",)
    assert result.sources_added == ("nsca",)
    (record,) = result.changed
    assert (record.kind, record.id) == ("credential", "CSCS")
    (change,) = record.changes
    assert (change.path, change.old, change.new) == ("exam.questions", 220, 250)
    assert (change.old_text, change.new_text) == ("220", "250")
    assert (change.old_sources, change.new_sources) == ((article,), (official,))
    markdown = result.to_markdown()
    assert "| exam.questions | 220 | 250 | nsca |" in markdown
    assert "**Credentials removed:** CPSS" in markdown
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["changed"][0]["changes"][0]["new_sources"] == ["nsca"]


# --- JSON Schema -----------------------------------------------------------------------------


def test_the_shipped_schema_is_the_one_derived_from_the_records() -> None:
    assert fitcerts.json_schema() == derive_schema()
    assert fitcerts.json_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(fitcerts.json_schema())


def test_json_schema_returns_a_fresh_copy() -> None:
    schema = fitcerts.json_schema()
    schema["$defs"].clear()
    assert fitcerts.json_schema()["$defs"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"bogus": 1}, "Additional properties are not allowed"),
        ({"exam": {"questions": "220"}}, "'220' is not valid under any of the given schemas"),
        (
            {"prices": [{"pays_for": "exam", "amount": 340.0, "bound": "exact", "sources": ["a"]}]},
            "340.0 is not valid under any of the given schemas",
        ),
        ({"kind": "diploma"}, "is not one of"),
        ({"exam": {"duration": "4 hours"}}, "'4 hours' is not valid under any of the given"),
    ],
)
def test_the_schema_rejects_what_the_loader_rejects(
    change: dict[str, object], message: str
) -> None:
    import jsonschema

    schema = fitcerts.json_schema()
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/$defs/Credential", "$defs": schema["$defs"]}
    )
    record = {
        "id": "X",
        "name": "X",
        "organization": "NSCA",
        "kind": "certification",
        "description": "x",
        "sources": ["a"],
        **change,
    }
    errors = [error.message for error in validator.iter_errors(record)]
    assert any(message in error for error in errors), errors


def test_the_releases_page_is_generated_from_the_data() -> None:
    module = docs_module("releases_page")
    page = (ROOT / "docs" / "releases.md").read_text(encoding="utf-8")
    assert page == module.releases_page(), "regenerate: python docs/releases_page.py"


def test_diff_matches_list_items_by_what_they_are_not_where_they_stand() -> None:
    changes = {c.id: c for c in fitcerts.diff("2026.1", "2026.2").changed}["CSCS"].changes
    by_path = {change.path: change for change in changes}
    # 2026.2 adds the pass rates of earlier years; 2025 stays 39 %, so it is not a change.
    assert not any(path.startswith("exam.pass_rates[2025]") for path in by_path)
    # An added item is one change holding the item, not an addition of each of its fields.
    assert not any(path.startswith("exam.pass_rates[2016].") for path in by_path)
    added = by_path["exam.pass_rates[2016]"]
    assert (added.kind, added.old, added.old_path) == ("added", None, None)
    assert (added.new.year, added.new.percent) == (2016, Decimal(55))
    assert added.new_path is not None and added.new_path.startswith("exam.pass_rates[")
    old_cscs, new_cscs = fitcerts.load("2026.1").get("CSCS"), fitcerts.load("2026.2").get("CSCS")
    assert added.new_sources == new_cscs.sources_for(added.new_path)
    assert old_cscs.exam.pass_rates[0].year == 2025


def test_field_changes_keep_typed_values_and_give_text() -> None:
    changes = [c for r in fitcerts.diff("2026.1", "2026.2").changed for c in r.changes]
    typed = {type(c.new) for c in changes if c.new is not None}
    assert Decimal in typed and int in typed and str in typed
    data = changes[0].to_dict()
    assert json.loads(json.dumps(data)) == data and "new_text" in data
