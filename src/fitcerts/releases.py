"""The bundled data releases: which exist, and proof that a release is byte for byte as released.

Each release folder has a ``manifest.json`` naming its version, its release date, the range of
dates its sources state, and the SHA-256 digest of every data file. Loading checks the digests,
so a release can never change under the people who pinned it.

Write a new release's manifest with ``python -m fitcerts.releases FOLDER --released DATE``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

try:  # CPython's built-in SHA-256 spares a first lookup loading OpenSSL through hashlib
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other interpreters, and Python 3.12+ (_sha2)
    from hashlib import sha256

from .errors import DataIntegrityError, UnknownDataVersionError

if TYPE_CHECKING:
    from pathlib import Path

    from .loading import Folder

__all__ = [
    "MANIFEST",
    "check_version",
    "data_versions",
    "sha256",
    "verified_bytes",
    "write_manifest",
]

MANIFEST = "manifest.json"
_VERSION = re.compile(r"(\d{4})\.([1-9]\d{0,3})")

_versions: tuple[str, ...] | None = None


def _key(version: str) -> tuple[int, int]:
    year, number = version.split(".")
    return int(year), int(number)


def data_versions() -> tuple[str, ...]:
    """Every bundled data release, oldest first."""
    global _versions
    if _versions is None:
        from .loading import data_dir, package_data

        folder = data_dir()
        if folder is not None:
            names = [
                name for name in os.listdir(folder) if os.path.isdir(os.path.join(folder, name))
            ]
        else:  # pragma: no cover - zip imports and other loaders
            names = [entry.name for entry in package_data().iterdir() if entry.is_dir()]
        found = [name for name in names if _VERSION.fullmatch(name)]
        _versions = tuple(sorted(found, key=_key))
    return _versions


def check_version(version: object) -> str:
    """``version`` if it names a bundled release; otherwise a clear error.

    A string that is not shaped like a data version (``"../2026.1"``) is refused before anything
    on disk is looked at.
    """
    if not isinstance(version, str):
        raise TypeError(f"a data version must be a string such as '2026.1', not {version!r}")
    if not _VERSION.fullmatch(version):
        raise UnknownDataVersionError(version, malformed=True)
    if version not in data_versions():
        raise UnknownDataVersionError(version, data_versions())
    return version


def verified_bytes(folder: Folder, names: Sequence[str], version: str) -> dict[str, bytes]:
    """The bytes of each data file, after checking them against the release's manifest."""
    import json

    try:
        manifest = json.loads(folder.joinpath(MANIFEST).read_bytes())
    except FileNotFoundError:
        raise DataIntegrityError(MANIFEST, "the release has no manifest") from None
    except (ValueError, OSError) as error:
        raise DataIntegrityError(MANIFEST, f"cannot be read ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("data_version") != version:
        raise DataIntegrityError(MANIFEST, f"does not describe release {version}")
    digests = manifest.get("files")
    if not isinstance(digests, dict) or sorted(digests) != sorted(names):
        raise DataIntegrityError(MANIFEST, f"must list exactly the files {', '.join(names)}")
    contents = {}
    for name in names:
        try:
            data = folder.joinpath(name).read_bytes()
        except FileNotFoundError:
            raise DataIntegrityError(name, "file missing") from None
        if sha256(data).hexdigest() != digests[name]:
            raise DataIntegrityError(name, "does not match the digest in the release manifest")
        contents[name] = data
    return contents


def manifest_for(folder: Path, version: str, released: date) -> dict[str, Any]:
    """The manifest a release folder should carry, computed from its files."""
    from .loading import DATA_FILES, read_release

    catalog = read_release(folder, version)
    stated = [
        s.as_of.isoformat() if s.as_of else str(s.year)
        for s in catalog.sources()
        if s.as_of or s.year
    ]
    return {
        "data_version": version,
        "released": released.isoformat(),
        "sources_as_of": {
            "earliest": min(stated, default=None),
            "latest": max(stated, default=None),
        },
        "files": {name: sha256((folder / name).read_bytes()).hexdigest() for name in DATA_FILES},
    }


def write_manifest(folder: Path, released: date) -> Mapping[str, Any]:
    """Write ``manifest.json`` for a new release folder (never for a released one)."""
    import json

    version = folder.name
    if not _VERSION.fullmatch(version):
        raise ValueError(f"{folder}: the folder must be named by its data version, e.g. 2026.2")
    manifest = manifest_for(folder, version, released)
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import json

    parser = argparse.ArgumentParser(
        prog="python -m fitcerts.releases",
        description="Write the manifest of a new data release folder.",
        epilog="example: python -m fitcerts.releases src/fitcerts/data/2026.2 --released 2026-12-01",  # noqa: E501
    )
    from pathlib import Path

    parser.add_argument("folder", type=Path)
    parser.add_argument("--released", type=date.fromisoformat, default=date.today())
    arguments = parser.parse_args(argv)
    manifest = write_manifest(arguments.folder, arguments.released)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
