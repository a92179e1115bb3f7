"""Release catalogs pickled when the wheel is built, so a first lookup need not structure JSON.

Structuring JSON strictly with cattrs means generating and compiling its hooks, which costs a
first lookup more than the lookup itself. The wheel therefore carries each release already
structured, as Babel ships its locale data. The JSON files stay the truth: they are read and
checked against the manifest on every load, and a compiled catalog is used only if it was built
from exactly those bytes and for exactly these record layouts; otherwise the JSON is structured
as usual. Nothing is written at run time.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .catalog import Catalog

__all__ = ["FOLDER", "build", "build_all", "load"]

FOLDER = "_compiled"
_FORMAT = "fitcerts-compiled-1"


def _layout() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each record class and its fields: a compiled catalog is only good for the same layout."""
    import attrs

    from . import records

    classes = [
        value
        for value in vars(records).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == records.__name__
    ]
    return tuple(
        (cls.__qualname__, tuple(field.name for field in attrs.fields(cls)))
        for cls in sorted(classes, key=lambda cls: cls.__qualname__)
    )


def _header(contents: Mapping[str, bytes]) -> tuple[Any, ...]:
    from .releases import sha256

    digests = tuple(sorted((name, sha256(data).hexdigest()) for name, data in contents.items()))
    return (_FORMAT, digests, _layout())


def build(version: str) -> bytes:
    """The compiled form of bundled release ``version``, structured from its verified JSON."""
    from .loading import DATA_FILES, read_release, release_folder
    from .releases import verified_bytes

    folder = release_folder(version)
    contents = verified_bytes(folder, DATA_FILES, version)
    catalog = read_release(folder, version, verify=True)
    # The credentials in data-file order, as the catalog was made, so the copy is identical.
    parts = (catalog.sources(), catalog.organizations(), catalog._credentials)
    import pickle

    return pickle.dumps((_header(contents), parts), protocol=pickle.HIGHEST_PROTOCOL)


def build_all() -> Iterator[tuple[str, bytes]]:
    """Every bundled release and its compiled form, for the wheel build."""
    from .releases import data_versions

    for version in data_versions():
        yield version, build(version)


def load(version: str) -> Catalog | None:
    """The compiled catalog of ``version``, if the package has one and the release's data files
    are still byte for byte those it was built from (checked here, digest by digest)."""
    import os

    from .catalog import Catalog
    from .loading import DATA_FILES, data_dir

    root = data_dir()
    if root is None:  # pragma: no cover - a wheel is installed on disk
        return None

    def read(*parts: str) -> bytes:
        with open(os.path.join(root, *parts), "rb") as file:
            return file.read()

    try:
        blob = read(FOLDER, f"{version}.pickle")
        contents = {name: read(version, name) for name in DATA_FILES}
    except OSError:
        return None
    try:  # the C unpickler alone imports in a third of the time pickle.py takes
        from _pickle import loads
    except ImportError:  # pragma: no cover - interpreters without it
        from pickle import loads
    try:
        header, (sources, organizations, credentials) = loads(blob)
    except Exception:  # noqa: BLE001 - a damaged cache only means structuring the JSON again
        return None
    if header != _header(contents):
        return None
    return Catalog(
        version=version, sources=sources, organizations=organizations, credentials=credentials
    )
