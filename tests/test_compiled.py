"""The compiled packages of the bundled releases: equal to the JSON, current, and trusted only
after the bytes they came from are checked: the manifest against the index, each record against
its piece, and the whole files against the manifest when the whole release is asked for."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import fitcerts
from fitcerts.codegen import generate, package_path, record_spans, stale_files
from fitcerts.dataformat import DATA_FILES, digest, release_folder
from fitcerts.loading import read_release
from fitcerts.pieces import index_module, read_bundled

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_a_compiled_release_equals_the_structured_json(version: str) -> None:
    compiled = read_bundled(version).records()
    assert compiled == read_release(release_folder(version), version, verify=True)


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_pieces_built_one_by_one_equal_the_whole_release(version: str) -> None:
    whole = read_release(release_folder(version), version, verify=True)
    shelf = read_bundled(version)
    for position in reversed(range(len(whole.credentials))):
        assert shelf.credential(position) == whole.credentials[position]
    assert shelf.records() == whole
    assert shelf.records().credentials[0] is shelf.credential(0)


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_the_compiled_index_names_what_the_records_name(version: str) -> None:
    """The names worked out at compile time are those a shelf of the same records works out."""
    from fitcerts.shelf import RecordsShelf

    compiled = read_bundled(version)
    computed = RecordsShelf(read_release(release_folder(version), version, verify=True))
    for table in (
        "credential_ids",
        "organization_ids",
        "credential_names",
        "credential_short_names",
        "organization_names",
    ):
        assert getattr(compiled, table) == getattr(computed, table), table


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_the_compiled_packages_are_current(version: str) -> None:
    """Byte for byte what the generator writes today, and nothing else in the package:
    regenerate with ``python -m fitcerts.codegen`` after changing the record types."""
    wanted, stale = stale_files(version)
    assert stale == []
    assert sorted(path.name for path in package_path(version).glob("*.py")) == sorted(wanted)


def test_generation_is_reproducible() -> None:
    version = fitcerts.DATA_VERSION
    assert generate(version) == generate(version)


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_each_span_holds_exactly_one_record(version: str) -> None:
    folder = release_folder(version)
    for name in DATA_FILES:
        data = folder.joinpath(name).read_bytes()
        records = json.loads(data)
        spans = record_spans(data)
        assert [json.loads(data[o : o + n]) for o, n in spans] == records


def test_the_data_folder_holds_nothing_that_runs() -> None:
    data = Path(fitcerts.__file__).parent / "data"
    suffixes = {path.suffix for path in data.rglob("*") if path.is_file()}
    assert suffixes <= {".json", ".jsonld"}, suffixes


# --- the compiled form is used only for the files it was generated from ---------------------


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the installed package, to change on disk."""
    target = tmp_path / "site" / "fitcerts"
    shutil.copytree(Path(fitcerts.__file__).parent, target)
    return target


def first_lookup(package: Path) -> subprocess.CompletedProcess[str]:
    code = "import fitcerts; print(fitcerts.get('CSCS').name)"
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=package.parent,
        env={"PYTHONPATH": str(package.parent), "PATH": ""},
        check=False,
    )


def test_the_copy_loads(package: Path) -> None:
    result = first_lookup(package)
    assert result.stdout.strip() == "Certified Strength and Conditioning Specialist", result.stderr


def test_a_data_file_that_differs_from_the_manifest_is_refused(package: Path) -> None:
    path = package / "data" / fitcerts.DATA_VERSION / "credentials.json"
    path.write_bytes(path.read_bytes().replace(b"Certified Strength", b"Certified Strong"))
    result = first_lookup(package)
    assert result.returncode == 1
    assert (
        f"DataIntegrityError: {fitcerts.DATA_VERSION}/credentials.json: does not match the digest"
        in result.stderr
    )


def test_a_compiled_module_from_other_files_is_refused(package: Path) -> None:
    """Data and manifest changed together, the module not regenerated: never served stale."""
    folder = package / "data" / fitcerts.DATA_VERSION
    path = folder / "credentials.json"
    path.write_bytes(path.read_bytes().replace(b"Certified Strength", b"Certified Strong"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["credentials.json"] = digest(path.read_bytes())
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = first_lookup(package)
    assert result.returncode == 1
    assert "was not generated from these data files" in result.stderr


def test_a_missing_manifest_is_a_data_integrity_error(package: Path) -> None:
    (package / "data" / fitcerts.DATA_VERSION / "manifest.json").unlink()
    result = first_lookup(package)
    assert (
        f"DataIntegrityError: {fitcerts.DATA_VERSION}/manifest.json: the release has no manifest"
        in result.stderr
    )


def test_a_missing_compiled_package_is_a_data_integrity_error(package: Path) -> None:
    name = index_module(fitcerts.DATA_VERSION).rsplit(".", 1)[1]
    shutil.rmtree(package / "_compiled" / name)
    shutil.rmtree(package / "_compiled" / "__pycache__", ignore_errors=True)
    result = first_lookup(package)
    assert "DataIntegrityError" in result.stderr and "no compiled form" in result.stderr


def test_a_missing_piece_is_a_data_integrity_error(package: Path) -> None:
    name = index_module(fitcerts.DATA_VERSION).rsplit(".", 1)[1]
    (package / "_compiled" / name / "credential_0000.py").unlink()
    result = first_lookup(package)
    assert result.returncode == 1
    assert (
        f"DataIntegrityError: fitcerts._compiled.{name}.credential_0000: the release's compiled "
        "form is incomplete" in result.stderr
    ), result.stderr


def test_an_edited_record_is_refused_though_the_file_was_not_read_whole(package: Path) -> None:
    """A first lookup checks only what it builds: CSCS's source, edited, is refused on first use,
    and an edit to a record it does not build is found when the whole release is read."""
    folder = package / "data" / fitcerts.DATA_VERSION
    path = folder / "sources.json"
    sources = path.read_bytes()
    path.write_bytes(sources.replace(b"NSCA", b"NSCX", 1))
    result = first_lookup(package)
    assert result.returncode == 1
    assert (
        f"DataIntegrityError: {fitcerts.DATA_VERSION}/sources.json: does not match the digest of "
        "source " in result.stderr
    ), result.stderr
    path.write_bytes(sources)
    credentials = folder / "credentials.json"
    data = credentials.read_bytes()
    last = data.rindex(b'"name": "') + len(b'"name": "')
    credentials.write_bytes(data[:last] + b"X" + data[last + 1 :])
    assert first_lookup(package).returncode == 0
    whole = subprocess.run(
        [sys.executable, "-c", "import fitcerts; fitcerts.credentials()"],
        capture_output=True,
        text=True,
        cwd=package.parent,
        env={"PYTHONPATH": str(package.parent), "PATH": ""},
        check=False,
    )
    assert (
        f"DataIntegrityError: {fitcerts.DATA_VERSION}/credentials.json: does not match the digest "
        "in the release manifest" in whole.stderr
    ), whole.stderr


# --- every data artefact is verified before use, and none can run -------------------------


def _artefacts() -> list[str]:
    from fitcerts.dataformat import DATA_FILES, MANIFEST, SHARED_FILES

    found = [
        f"data/{version}/{name}"
        for version in fitcerts.data_versions()
        for name in (*DATA_FILES, MANIFEST)
    ]
    return [*found, *(f"data/{name}" for name in (*SHARED_FILES, MANIFEST))]


@pytest.mark.parametrize("artefact", _artefacts())
@pytest.mark.parametrize("payload", ["pickle", "python"])
def test_a_replaced_data_artefact_never_runs_and_is_named(
    package: Path, artefact: str, payload: str, tmp_path: Path
) -> None:
    marker = tmp_path / "marker"
    code = {
        "pickle": f"cos\nsystem\n(S'touch {marker}'\ntR.".encode(),
        "python": f"import pathlib; pathlib.Path({str(marker)!r}).touch()\n".encode(),
    }[payload]
    (package / artefact).write_bytes(code)
    script = (
        "import fitcerts\n"
        "for version in fitcerts.data_versions():\n"
        "    fitcerts.load(version).get('CSCS')\n"
        "fitcerts.json_schema()\n"
        "fitcerts.export('jsonld')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=package.parent,
        env={"PYTHONPATH": str(package.parent), "PATH": ""},
        check=False,
    )
    assert not marker.exists()
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("fitcerts.errors.DataIntegrityError: "), last
    assert f": {artefact.removeprefix('data/')}: " in last or f": {artefact}: " in last, last


def test_the_shared_manifest_is_current() -> None:
    from fitcerts.dataformat import shared_manifest

    data = Path(fitcerts.__file__).parent / "data"
    assert json.loads((data / "manifest.json").read_text(encoding="utf-8")) == shared_manifest(
        data
    ), "regenerate: python -m fitcerts.dataformat src/fitcerts/data"


def test_manifest_digests_are_sha256() -> None:
    import hashlib

    from fitcerts.dataformat import digest

    for data in (b"", b"fitcerts", bytes(range(256)) * 1000):
        assert digest(data) == hashlib.sha256(data).hexdigest()


def test_a_first_lookup_structures_no_json() -> None:
    """The one loading path: checked bytes, then the compiled pieces; cattrs stays unloaded."""
    code = (
        "import sys, fitcerts; fitcerts.get('CSCS'); "
        "print(sorted(m for m in ('cattrs', 'fitcerts._serde') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_generator_refuses_an_unknown_release_in_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fitcerts.codegen", "--check", "2099.1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .endswith(
            "'2099.1' is not a bundled data release; available: "
            + ", ".join(fitcerts.data_versions())
        )
    )
