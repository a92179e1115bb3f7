"""Reading a data release from the package (or a folder) into a Catalog, once, thread-safely."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._collector import collector_paused as _collector_paused
from ._version import DATA_VERSION
from .errors import DataValidationError

if TYPE_CHECKING:
    from .catalog import Catalog

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib_resources.abc import Traversable

    from typing import TypeAlias

    # A release folder: a Path, or whatever importlib.resources gives for the installed package.
    Folder: TypeAlias = Traversable

__all__ = ["DATA_FILES", "catalog", "package_data", "read_release", "release_folder"]

T = TypeVar("T")

# Read in this order: each file refers to records of the files before it by id.
DATA_FILES = ("sources.json", "organizations.json", "credentials.json")

_lock = threading.Lock()
_catalogs: dict[str, Catalog] = {}


def package_data() -> Traversable:
    """The folder of bundled releases inside the installed package."""
    return _package_files().joinpath("data")


def data_dir() -> str | None:
    """The package's data folder as a plain path, when the package is installed on disk.

    The first lookup reads through this with ``os.path`` alone: importing ``pathlib`` (and,
    through it, ``urllib.parse`` and ``ipaddress``) would cost it a few milliseconds.
    """
    here = os.path.join(os.path.dirname(__file__), "data")
    return here if os.path.isdir(here) else None


def release_folder(version: str) -> Traversable:
    """Where a bundled release lives inside the installed package."""
    return package_data().joinpath(version)


def _package_files() -> Traversable:
    """The package's files; a plain path when installed on disk, which is the common case.

    ``importlib.resources.files`` gives the same answer there, but importing it (and, through
    it, ``tempfile`` and ``shutil``) costs a few milliseconds on the way to a first lookup; it
    stays the answer for zip imports and other loaders.
    """
    from pathlib import Path

    here = Path(__file__).parent
    if (here / "data").is_dir():
        return here
    if sys.version_info >= (3, 11):  # pragma: no cover - zip imports and other loaders
        from importlib.resources import files
    else:  # pragma: no cover
        from importlib_resources import files
    return files("fitcerts")


def catalog(version: str = DATA_VERSION) -> Catalog:
    """The bundled release ``version``, read and verified on first use, shared afterwards."""
    loaded = _catalogs.get(version)
    if loaded is None:
        with _lock:
            loaded = _catalogs.get(version)
            if loaded is None:
                from .releases import check_version

                check_version(version)
                loaded = _read_bundled(version)
                _catalogs[version] = loaded
    return loaded


def _read_bundled(version: str) -> Catalog:
    """A bundled release: the catalog compiled into the wheel when the data files are exactly
    those it was built from, else the files verified against the manifest and structured."""
    from .compiled import load

    compiled = load(version)
    if compiled is not None:
        return compiled
    from .releases import verified_bytes

    folder = release_folder(version)
    contents = verified_bytes(folder, DATA_FILES, version)
    problems: list[str] = []
    raw = {name: _parse_json(name, contents[name], problems) for name in DATA_FILES}
    if problems:
        raise DataValidationError(problems)
    return structure_release(raw, version)


def read_release(folder: Folder, version: str, *, verify: bool = False) -> Catalog:
    """Structure every file of a release strictly, reporting every problem found at once.

    With ``verify``, the files must first match the digests in the release's manifest
    (:class:`DataIntegrityError` otherwise), as every bundled release must.
    """
    with _collector_paused():
        return _read_release(folder, version, verify=verify)


def _read_release(folder: Folder, version: str, *, verify: bool) -> Catalog:
    problems: list[str] = []
    if verify:
        from .releases import verified_bytes

        contents = verified_bytes(folder, DATA_FILES, version)
        raw = {name: _parse_json(name, contents[name], problems) for name in DATA_FILES}
    else:
        raw = {name: _read_json(folder, name, problems) for name in DATA_FILES}
    if problems:  # a file that cannot be read leaves every reference into it unresolvable
        raise DataValidationError(problems)
    return structure_release(raw, version)


def structure_release(raw: Mapping[str, Any], version: str) -> Catalog:
    """Structure parsed data files (``{"sources.json": [...], ...}``) into a catalog, strictly."""
    with _collector_paused():
        return _structure_release(raw, version)


def _structure_release(raw: Mapping[str, Any], version: str) -> Catalog:
    from . import _serde
    from .catalog import Catalog
    from .records import Credential, Organization, Source

    problems: list[str] = []
    broken: set[str] = set()
    sources = _structure_all(raw["sources.json"], Source, "sources.json", problems, broken)
    source_table = {source.id: source for source in sources}
    with _serde.references(sources=source_table, broken=frozenset(broken)):
        organizations = _structure_all(
            raw["organizations.json"], Organization, "organizations.json", problems, broken
        )
    organization_table = {organization.id: organization for organization in organizations}
    with _serde.references(
        sources=source_table, organizations=organization_table, broken=frozenset(broken)
    ):
        credentials = _structure_all(
            raw["credentials.json"], Credential, "credentials.json", problems, broken
        )
    if problems:
        raise DataValidationError(problems)
    return Catalog(
        version=version, sources=sources, organizations=organizations, credentials=credentials
    )


def _read_json(folder: Folder, name: str, problems: list[str]) -> Any:
    try:
        data = folder.joinpath(name).read_bytes()
    except FileNotFoundError:
        problems.append(f"{name}: file missing")
        return None
    except OSError as error:
        problems.append(f"{name}: cannot be read ({error})")
        return None
    return _parse_json(name, data, problems)


def _parse_json(name: str, data: bytes, problems: list[str]) -> Any:
    import json

    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})")
    except json.JSONDecodeError as error:
        problems.append(f"{name}: not valid JSON ({error.msg} at line {error.lineno})")
    return None


def _structure_all(
    data: Any, cls: type[T], name: str, problems: list[str], broken: set[str]
) -> list[T]:
    """Structure each item on its own, so one bad record does not hide the others' problems.

    The ids of items that fail go into ``broken``, so references to them are not reported again.
    """
    from . import _serde

    if not isinstance(data, list):
        problems.append(f"{name} $: expected a list of records")
        return []
    records: list[T] = []
    for position, item in enumerate(data):
        try:
            records.append(_serde.structure(item, cls))
        except Exception as error:  # noqa: BLE001 - every structuring failure is reported
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.add(f"{name.removesuffix('.json')}:{item['id']}")
            problems.extend(
                f"{name} {line.replace('$', f'$[{position}]', 1)}"
                for line in _serde.describe(error)
            )
    return records
