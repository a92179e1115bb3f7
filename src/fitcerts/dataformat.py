"""A data release on disk: its folder, its files and the records each holds, its manifest.

This is the one module that knows the layout. A release is a folder named by its version
(``2026.2``) holding one JSON file per table (a list of records; later tables refer to records of
earlier ones by id) and ``manifest.json``, which names the version, the release date, the range
of dates the sources state and the SHA-256 digest of every table file. Loading checks the digests,
so a release never changes under the people who pinned it.

Write a new release's manifest with ``python -m fitcerts.dataformat FOLDER --released DATE``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import DataIntegrityError, UnknownDataVersionError
from .lookup import shorten
from .records import Credential, Organization, Source

if TYPE_CHECKING:
    from pathlib import Path

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib_resources.abc import Traversable

__all__ = [
    "DATA_FILES",
    "DATE_PATTERN",
    "DECIMAL_PATTERN",
    "DURATION_PATTERN",
    "MANIFEST",
    "SHARED_FILES",
    "TABLES",
    "Table",
    "bundled_versions",
    "check_version",
    "digest",
    "manifest_bytes",
    "manifest_for",
    "package_data",
    "read_shared",
    "release_folder",
    "shared_manifest",
    "verified_bytes",
    "write_manifest",
]

MANIFEST = "manifest.json"
# Files beside the releases, used by every release: listed with their digests in the data
# folder's own manifest.json, and checked against it before use like a release's files.
SHARED_FILES: tuple[str, ...] = ("schema.json", "ctdl-context.jsonld")

# What a value looks like in a data file, shared by the loader and the JSON Schema.
DECIMAL_PATTERN = r"\d{1,9}(\.\d{1,4})?"
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
DURATION_PATTERN = r"PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?"

_VERSION = re.compile(r"(\d{4})\.([1-9]\d{0,3})")


class Table(NamedTuple):
    """One file of a release: the records it holds, and the name other tables use for them."""

    file: str
    record: type[Source] | type[Organization] | type[Credential]
    name: str


# In reading order: each table refers only to records of the tables before it.
TABLES: tuple[Table, ...] = (
    Table("sources.json", Source, "sources"),
    Table("organizations.json", Organization, "organizations"),
    Table("credentials.json", Credential, "credentials"),
)
DATA_FILES: tuple[str, ...] = tuple(table.file for table in TABLES)


def digest(data: bytes) -> str:
    """The SHA-256 hex digest a manifest records for a file."""
    hexdigest: str = _sha256(data).hexdigest()
    return hexdigest


def _sha256_constructor() -> Any:
    """CPython's own SHA-256, where it has one: ``hashlib`` would load OpenSSL, which costs a
    first lookup 3.6 MiB of resident memory and several milliseconds for one digest per file.
    The digests are the same (a test compares them); elsewhere ``hashlib`` serves."""
    try:  # asked by version: a failed import searches every path entry first
        if sys.version_info >= (3, 12):
            from _sha2 import sha256  # type: ignore[import-not-found]
        else:
            from _sha256 import sha256  # type: ignore[import-not-found]
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import sha256
    return sha256


_sha256 = _sha256_constructor()


def package_data() -> Traversable:
    """The folder of bundled releases inside the installed package."""
    if sys.version_info >= (3, 11):
        from importlib.resources import files
    else:  # pragma: no cover
        from importlib_resources import files
    return files("fitcerts").joinpath("data")


def release_folder(version: str) -> Traversable:
    """Where bundled release ``version`` lives (checked with :func:`check_version` first)."""
    return package_data().joinpath(check_version(version))


def version_key(version: str) -> tuple[int, int]:
    """``"2026.10"`` sorts after ``"2026.9"``."""
    year, number = version.split(".")
    return int(year), int(number)


def bundled_versions() -> tuple[str, ...]:
    """Every bundled data release, oldest first."""
    names = [entry.name for entry in package_data().iterdir() if entry.is_dir()]
    return tuple(sorted((name for name in names if _VERSION.fullmatch(name)), key=version_key))


def check_version(version: object) -> str:
    """``version`` if it names a bundled release; otherwise a clear error.

    A string not shaped like a data version (``"../2026.1"``) is refused before anything on disk
    is looked at.
    """
    if not isinstance(version, str):
        raise TypeError(f"a data version must be a string such as '2026.1', not {shorten(version)}")
    if not _VERSION.fullmatch(version):
        raise UnknownDataVersionError(version, malformed=True)
    if not package_data().joinpath(version).is_dir():
        raise UnknownDataVersionError(version, bundled_versions())
    return version


def manifest_bytes(folder: Traversable | Path, version: str) -> bytes:
    """The bytes of the release's manifest; a missing or unreadable one is a
    :class:`DataIntegrityError` (a first lookup checks them by their digest, unparsed)."""
    where = f"{version}/{MANIFEST}"
    try:
        data: bytes = folder.joinpath(MANIFEST).read_bytes()
    except FileNotFoundError:
        raise DataIntegrityError(where, "the release has no manifest") from None
    except OSError as error:
        raise DataIntegrityError(where, f"cannot be read ({error})") from None
    return data


def read_manifest(folder: Traversable | Path, version: str) -> Mapping[str, Any]:
    """The release's manifest, checked to describe ``version`` and to list exactly its files."""
    import json  # only the manifest needs it, and a first lookup reads none

    where = f"{version}/{MANIFEST}"
    data = manifest_bytes(folder, version)
    try:
        manifest = json.loads(data)
    except ValueError as error:
        raise DataIntegrityError(where, f"cannot be read ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("data_version") != version:
        raise DataIntegrityError(where, f"does not describe release {version}")
    digests = manifest.get("files")
    if not isinstance(digests, dict) or sorted(digests) != sorted(DATA_FILES):
        raise DataIntegrityError(where, f"must list exactly the files {', '.join(DATA_FILES)}")
    return manifest


def verified_bytes(
    folder: Traversable | Path, version: str, manifest: Mapping[str, Any] | None = None
) -> dict[str, bytes]:
    """The bytes of each table file, after checking them against the release's manifest (read
    here unless given, already checked by :func:`read_manifest`)."""
    digests = (manifest or read_manifest(folder, version))["files"]
    return {
        name: _verified_file(
            folder, name, digests[name], f"{version}/{name}", "the release manifest"
        )
        for name in DATA_FILES
    }


def _verified_file(
    folder: Traversable | Path, name: str, expected: str, where: str, manifest: str
) -> bytes:
    """The bytes of one file, if they have the digest its manifest records; a missing,
    unreadable or altered file is a :class:`DataIntegrityError` naming it as ``where``."""
    try:
        data: bytes = folder.joinpath(name).read_bytes()
    except FileNotFoundError:
        raise DataIntegrityError(where, "file missing") from None
    except OSError as error:
        raise DataIntegrityError(where, f"cannot be read ({error})") from None
    if digest(data) != expected:
        raise DataIntegrityError(where, f"does not match the digest in {manifest}")
    return data


def read_shared(name: str) -> bytes:
    """A file shared by all releases (one of ``SHARED_FILES``), checked against the data folder's
    manifest: a missing or altered file is a :class:`DataIntegrityError` naming it."""
    import json

    if name not in SHARED_FILES:
        raise ValueError(f"{shorten(name)} is not a shared data file: {', '.join(SHARED_FILES)}")
    folder = package_data()
    try:
        manifest = json.loads(folder.joinpath(MANIFEST).read_bytes())
        expected: str = manifest["files"][name]
    except FileNotFoundError:
        raise DataIntegrityError(f"data/{MANIFEST}", "the data folder has no manifest") from None
    except (ValueError, OSError, KeyError, TypeError) as error:
        raise DataIntegrityError(f"data/{MANIFEST}", f"cannot be read ({error!r})") from None
    return _verified_file(folder, name, expected, f"data/{name}", f"data/{MANIFEST}")


def shared_manifest(folder: Path) -> dict[str, Any]:
    """The manifest the data folder should carry for its shared files."""
    return {"files": {name: digest((folder / name).read_bytes()) for name in SHARED_FILES}}


def manifest_for(folder: Path, version: str, released: date) -> dict[str, Any]:
    """The manifest a release folder should carry, computed from its files."""
    import json

    contents = {name: (folder / name).read_bytes() for name in DATA_FILES}
    sources = json.loads(contents[TABLES[0].file])
    stated = sorted(
        _stated_date(source) for source in sources if source.get("as_of") or source.get("year")
    )
    return {
        "data_version": version,
        "released": released.isoformat(),
        "sources_as_of": {
            "earliest": stated[0] if stated else None,
            "latest": stated[-1] if stated else None,
        },
        "files": {name: digest(data) for name, data in contents.items()},
    }


def _stated_date(source: Mapping[str, Any]) -> str:
    """A source's date as an ISO prefix (``2026``, ``2026-06``, ``2026-06-14``), which sorts."""
    if source.get("as_of"):
        return str(source["as_of"])
    if source.get("month"):
        return f"{source['year']}-{int(source['month']):02d}"
    return str(source["year"])


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
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="python -m fitcerts.dataformat",
        description="Write the manifest of a new data release folder, or (for the data folder "
        "itself) the manifest of the files all releases share.",
        epilog="example: python -m fitcerts.dataformat src/fitcerts/data/2026.3 "
        "--released 2026-12-01",
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--released", type=date.fromisoformat, default=date.today())
    arguments = parser.parse_args(argv)
    if all((arguments.folder / name).is_file() for name in SHARED_FILES):
        text = json.dumps(shared_manifest(arguments.folder), indent=2) + "\n"
        (arguments.folder / MANIFEST).write_text(text, encoding="utf-8")
        print(text, end="")
        return 0
    manifest = write_manifest(arguments.folder, arguments.released)
    print(json.dumps(manifest, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
