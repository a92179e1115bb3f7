"""The compiled catalogs the wheel carries: identical to the JSON, used only when they match it."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import fitcerts
from fitcerts import compiled
from fitcerts.loading import read_release, release_folder

ROOT = Path(__file__).parent.parent
INSTALLED = not Path(fitcerts.__file__).resolve().is_relative_to(ROOT / "src")


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package data with compiled catalogs, as a built wheel has them."""
    import shutil

    from fitcerts import loading

    data = tmp_path / "data"
    shutil.copytree(str(loading.package_data()), data)
    (data / compiled.FOLDER).mkdir(exist_ok=True)
    for version, blob in compiled.build_all():
        (data / compiled.FOLDER / f"{version}.pickle").write_bytes(blob)
    monkeypatch.setattr(loading, "data_dir", lambda: str(data))
    return data


@pytest.mark.parametrize("version", fitcerts.data_versions())
def test_a_compiled_catalog_equals_the_structured_json(package: Path, version: str) -> None:
    fast = compiled.load(version)
    slow = read_release(release_folder(version), version, verify=True)
    assert fast is not None
    assert fast.credentials() == slow.credentials()
    assert fast.organizations() == slow.organizations()
    assert fast.sources() == slow.sources()
    assert fast.get("nasm pes") == slow.get("nasm pes")


def test_a_compiled_catalog_is_refused_when_a_data_file_changed(package: Path) -> None:
    version = fitcerts.DATA_VERSION
    target = package / version / "credentials.json"
    target.write_bytes(target.read_bytes().replace(b'"340"', b'"341"', 1))
    assert compiled.load(version) is None


def test_a_compiled_catalog_for_other_record_layouts_is_refused(package: Path) -> None:
    version = fitcerts.DATA_VERSION
    blob = package / compiled.FOLDER / f"{version}.pickle"
    header, parts = pickle.loads(blob.read_bytes())
    blob.write_bytes(pickle.dumps(((*header[:2], (("Credential", ("id",)),)), parts)))
    assert compiled.load(version) is None
    blob.write_bytes(b"not a pickle")
    assert compiled.load(version) is None
    blob.unlink()
    assert compiled.load(version) is None


@pytest.mark.skipif(not INSTALLED, reason="runs against the installed wheel, not the source tree")
def test_the_installed_wheel_loads_its_compiled_catalogs_without_cattrs() -> None:
    code = (
        "import sys, fitcerts\n"
        "fitcerts.get('CSCS')\n"
        "for v in fitcerts.data_versions(): fitcerts.load(v)\n"
        "print('cattrs' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
