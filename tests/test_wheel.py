"""What users install: the built wheel holds every data release, its compiled module, the
schema, the CTDL context and py.typed; the sdist holds what is needed to rebuild it."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import fitcerts
from fitcerts.codegen import package_path
from fitcerts.dataformat import DATA_FILES
from fitcerts.pieces import index_module

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def test_the_wheel_holds_every_release_and_the_schema(dist: Path) -> None:
    (wheel,) = dist.glob("fitcerts-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    for version in fitcerts.data_versions():
        for name in (*DATA_FILES, "manifest.json"):
            assert f"fitcerts/data/{version}/{name}" in names
        package = index_module(version).replace(".", "/")
        for piece in package_path(version).glob("*.py"):
            assert f"{package}/{piece.name}" in names
    assert not any(name.endswith((".pickle", ".pkl")) for name in names)
    for name in ("schema.json", "ctdl-context.jsonld", "manifest.json"):
        assert f"fitcerts/data/{name}" in names
    assert "fitcerts/py.typed" in names
    assert "fitcerts = fitcerts.cli:main" in scripts


def test_the_sdist_can_rebuild_everything(dist: Path) -> None:
    (sdist,) = dist.glob("fitcerts-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("pyproject.toml", "README.md", "CHANGELOG.md", "mkdocs.yml"):
        assert needed in names
    for version in fitcerts.data_versions():
        assert f"src/fitcerts/data/{version}/manifest.json" in names
