"""A bundled release read piece by piece from its compiled form (written by ``fitcerts.codegen``).

The release's index module (``fitcerts._compiled.release_2026_5``) holds what every lookup needs:
the ids, the normalized names of each credential and organization (worked out when the release
was compiled, so opening a release of any size costs no normalizing), and the digest of the
release's manifest. Each credential and each organization is a module of its own, imported and
built on first use, so a first ``get("CSCS")`` costs the same whatever the size of the release
(as phonenumbers keeps one small module per region).

Nothing is served unchecked. The manifest must be the one the index was generated from (its
digest, which covers the digests of every data file). Before a piece's records are built, the
bytes each one was compiled from are read back from the data file and checked against the digest
the piece records (a few kilobytes, one open a file), so an edited record is refused on first
use. Asking for the whole release checks every file against the manifest, as loading always has.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .dataformat import (
    MANIFEST,
    digest,
    manifest_bytes,
    release_folder,
    verified_bytes,
)
from .errors import DataIntegrityError
from .lookup import Names

if TYPE_CHECKING:
    import sys
    from pathlib import Path

    from .records import Credential, Organization, Source
    from .shelf import ReleaseRecords

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib_resources.abc import Traversable

__all__ = ["CompiledShelf", "index_module", "piece_module", "read_bundled"]


def index_module(version: str) -> str:
    """The name of the generated index module of bundled release ``version``."""
    return f"fitcerts._compiled.release_{version.replace('.', '_')}"


def piece_module(kind: str, position: int) -> str:
    """The name, inside a release's package, of the piece holding one record."""
    return f"{kind}_{position:04d}"


def read_bundled(version: str) -> CompiledShelf:
    """Bundled release ``version``, ready to build piece by piece (``version`` already checked)."""
    folder = release_folder(version)
    manifest = manifest_bytes(folder, version)
    name = index_module(version)
    try:
        index = importlib.import_module(name)
    except ModuleNotFoundError:
        raise DataIntegrityError(
            name, "the release has no compiled form; run python -m fitcerts.codegen"
        ) from None
    if getattr(index, "MANIFEST", None) != digest(manifest):
        raise DataIntegrityError(
            f"{version}/{MANIFEST}",
            f"{name} was not generated from these data files; run python -m fitcerts.codegen",
        )
    return CompiledShelf(version, folder, index)


class CompiledShelf:
    """One bundled release's pieces: each built once, checked first, and shared afterwards.

    The catalog calls it under its lock; the generated pieces call back into it (``checked``,
    ``source``, ``organization_named``) for the records they share.
    """

    __slots__ = (
        "_checked",
        "_credentials",
        "_folder",
        "_index",
        "_organization_at",
        "_organizations",
        "_sources",
        "_verified",
        "_whole",
        "credential_ids",
        "credential_names",
        "credential_short_names",
        "organization_ids",
        "organization_names",
        "version",
    )

    def __init__(self, version: str, folder: Traversable | Path, index: ModuleType) -> None:
        self.version = version
        self._folder = folder
        self._index = index
        self.credential_ids: tuple[str, ...] = index.CREDENTIAL_IDS
        self.organization_ids: tuple[str, ...] = index.ORGANIZATION_IDS
        self.credential_names: Names = index.CREDENTIAL_NAMES
        self.credential_short_names: Names = index.CREDENTIAL_SHORT_NAMES
        self.organization_names: Names = index.ORGANIZATION_NAMES
        self._organization_at = {o: i for i, o in enumerate(self.organization_ids)}
        self._credentials: dict[int, Credential] = {}
        self._organizations: dict[int, Organization] = {}
        self._sources: dict[str, Source] = {}
        self._checked: set[tuple[str, int]] = set()  # (file, offset) of records checked
        self._verified = False  # every file checked whole against the manifest
        self._whole: ReleaseRecords | None = None

    def credential(self, position: int) -> Credential:
        found = self._credentials.get(position)
        if found is None:
            found = self._credentials[position] = self._build("credential", position)
        return found

    def organization(self, position: int) -> Organization:
        found = self._organizations.get(position)
        if found is None:
            found = self._organizations[position] = self._build("organization", position)
        return found

    def records(self) -> ReleaseRecords:
        from .shelf import ReleaseRecords  # a first lookup builds no ReleaseRecords class

        if self._whole is None:
            verified_bytes(self._folder, self.version)
            self._verified = True
            sources: tuple[Source, ...] = self._build("sources", 0)
            organizations = tuple(map(self.organization, range(len(self.organization_ids))))
            credentials = tuple(map(self.credential, range(len(self.credential_ids))))
            self._whole = ReleaseRecords(
                version=self.version,
                sources=sources,
                organizations=organizations,
                credentials=credentials,
            )
        return self._whole

    # --- called by the generated pieces --------------------------------------------------------

    def checked(self, *spans: tuple[str, int, int, str, str]) -> None:
        """Refuse a piece whose records' bytes are not those it was compiled from.

        Each span is a file, the offset and length of one record's bytes in it, their digest and
        what the record is; each file is opened once, and a span checked before is not again.
        """
        if self._verified:
            return
        by_file: dict[str, list[tuple[int, int, str, str]]] = {}
        for file, offset, length, expected, record in spans:
            if (file, offset) not in self._checked:
                by_file.setdefault(file, []).append((offset, length, expected, record))
        for file, wanted in by_file.items():
            where = f"{self.version}/{file}"
            try:
                with self._folder.joinpath(file).open("rb") as handle:
                    for offset, length, expected, record in wanted:
                        handle.seek(offset)
                        if digest(handle.read(length)) != expected:
                            raise DataIntegrityError(
                                where,
                                f"does not match the digest of {record} in the release's "
                                "compiled form",
                            )
                        self._checked.add((file, offset))
            except FileNotFoundError:
                raise DataIntegrityError(where, "file missing") from None
            except OSError as error:
                raise DataIntegrityError(where, f"cannot be read ({error})") from None

    def source(self, source_id: str, make: Callable[[], Source]) -> Source:
        """The one ``Source`` object of ``source_id`` (its bytes checked by the piece first)."""
        found = self._sources.get(source_id)
        if found is None:
            found = self._sources[source_id] = make()
        return found

    def organization_named(self, organization_id: str) -> Organization:
        return self.organization(self._organization_at[organization_id])

    def _build(self, kind: str, position: int) -> Any:
        """What piece ``kind_position`` builds: a record, or (for ``sources``) every source."""
        name = f"{self._index.__name__}.{piece_module(kind, position)}"
        try:
            piece = importlib.import_module(name)
        except ModuleNotFoundError:
            raise DataIntegrityError(
                name, "the release's compiled form is incomplete; run python -m fitcerts.codegen"
            ) from None
        return piece.build(self)
