"""One data release's records and the lookups over them: by id, alias or name, and by filters."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar, overload

from .errors import (
    AmbiguousCredentialError,
    DuplicateCredentialError,
    UnknownCredentialError,
    UnknownOrganizationError,
)
from .lookup import Index
from .records import Credential, Organization, Source
from .vocabulary import CareerSetting, CredentialKind, parse_enum

if TYPE_CHECKING:
    from .shelf import ReleaseRecords, Shelf

__all__ = ["Catalog", "distinct"]

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "<no default>"


_MISSING = _Missing()


def distinct(credentials: Iterable[Credential]) -> tuple[Credential, ...]:
    """``credentials`` as a tuple; one named twice is a :class:`DuplicateCredentialError`."""
    found = tuple(credentials)
    ids = [credential.id for credential in found]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise DuplicateCredentialError(repeated)
    return found


class Catalog:
    """The records of one data release, and every way of finding them.

    Lookups are answered from the release's index; a record is built the first time it is asked
    for (under a lock, so threads racing to a first lookup get the same object), and the whole
    release the first time a question needs every record.
    """

    __slots__ = (
        "_by_id",
        "_credential_index",
        "_lock",
        "_organization_index",
        "_organizations",
        "_position",
        "_shelf",
        "_sorted",
    )

    def __init__(self, records: ReleaseRecords) -> None:
        from .shelf import RecordsShelf

        self._open(RecordsShelf(records))

    @classmethod
    def on_shelf(cls, shelf: Shelf) -> Catalog:
        """A catalog over ``shelf``, which hands out records as they are asked for (a bundled
        release's compiled pieces)."""
        catalog = cls.__new__(cls)
        catalog._open(shelf)
        return catalog

    def _open(self, shelf: Shelf) -> None:
        self._shelf = shelf
        self._lock = threading.RLock()
        self._by_id: dict[str, Credential] = {}  # the credentials built so far
        self._sorted: tuple[Credential, ...] | None = None
        self._organizations: tuple[Organization, ...] | None = None
        ids = shelf.credential_ids
        self._position = {credential_id: position for position, credential_id in enumerate(ids)}
        self._credential_index = Index(shelf.credential_names, shelf.credential_short_names, ids)
        self._organization_index = Index(shelf.organization_names, {}, shelf.organization_ids)

    def __reduce__(self) -> tuple[type[Catalog], tuple[ReleaseRecords]]:
        """Pickled as its records (a lock and a shelf of modules do not pickle)."""
        return (Catalog, (self.records,))

    @property
    def records(self) -> ReleaseRecords:
        """Every record of the release, in file order (the whole release is built for it)."""
        with self._lock:
            return self._shelf.records()

    @property
    def version(self) -> str:
        return self._shelf.version

    def __repr__(self) -> str:
        return (
            f"<Catalog {self.version}: {len(self._position)} credentials, "
            f"{len(self._shelf.organization_ids)} organizations>"
        )

    def clear_caches(self) -> None:
        """Forget the lookup keys remembered as given."""
        self._credential_index.clear_cache()
        self._organization_index.clear_cache()

    # --- credentials ---------------------------------------------------------------------------

    @overload
    def get(self, key: str) -> Credential: ...
    @overload
    def get(self, key: str, default: T) -> Credential | T: ...

    def get(self, key: str, default: object = _MISSING) -> object:
        """The credential named by ``key``: its id, an alias or its full name, in any case.

        A miss raises :class:`UnknownCredentialError` with suggestions, or returns ``default``
        when one is given; a key naming several credentials raises
        :class:`AmbiguousCredentialError` either way.
        """
        if not isinstance(key, str):
            raise TypeError(f"a credential key must be a string, not {type(key).__name__}")
        credential = self._by_id.get(key)
        if credential is not None:
            return credential
        found = self._credential_index.find(key)
        ids = self._shelf.credential_ids
        if len(found) == 1:
            return self._credential(ids[found[0]])
        if found:
            raise AmbiguousCredentialError(key, sorted(ids[position] for position in found))
        if default is not _MISSING:
            return default
        raise UnknownCredentialError(key, self._credential_index.suggestions(key))

    def resolve(self, key: str | Credential) -> Credential:
        """This release's record for a key, or for a credential record (from any release)."""
        return self.get(key.id if isinstance(key, Credential) else key)

    def resolve_all(self, keys: Iterable[str | Credential]) -> tuple[Credential, ...]:
        """Each key's record, in order; a credential named twice is a
        :class:`DuplicateCredentialError`."""
        return distinct(self.resolve(key) for key in keys)

    def credentials(
        self,
        *,
        organization: Organization | str | None = None,
        kind: CredentialKind | str | None = None,
        setting: CareerSetting | str | None = None,
    ) -> tuple[Credential, ...]:
        """Credentials sorted by id, narrowed by the filters; an unknown filter is an error.

        A setting may be given by the start of its name (``"collegiate"``).
        """
        chosen = self._sorted
        if chosen is None:
            with self._lock:
                chosen = self._sorted
                if chosen is None:
                    every = self._shelf.records().credentials
                    chosen = self._sorted = tuple(sorted(every, key=lambda c: c.id))
        if organization is not None:
            wanted = self.organization(
                organization.id if isinstance(organization, Organization) else organization
            )
            chosen = tuple(c for c in chosen if c.organization.id == wanted.id)
        if kind is not None:
            wanted_kind = parse_enum(CredentialKind, kind, "credential kind")
            chosen = tuple(c for c in chosen if c.kind is wanted_kind)
        if setting is not None:
            wanted_setting = CareerSetting.parse(setting)
            chosen = tuple(c for c in chosen if wanted_setting in c.settings)
        return chosen

    # --- organizations -------------------------------------------------------------------------

    def organizations(self) -> tuple[Organization, ...]:
        """Organizations sorted by id."""
        found = self._organizations
        if found is None:
            with self._lock:
                found = self._organizations
                if found is None:
                    shelf = self._shelf
                    every = map(shelf.organization, range(len(shelf.organization_ids)))
                    found = self._organizations = tuple(
                        sorted(every, key=lambda o: o.id.casefold())
                    )
        return found

    def organization(self, key: str) -> Organization:
        """The organization named by its id, abbreviation or full name, in any case."""
        if not isinstance(key, str):
            raise TypeError(f"an organization key must be a string, not {type(key).__name__}")
        found = self._organization_index.find(key)
        if len(found) == 1:
            with self._lock:
                return self._shelf.organization(found[0])
        raise UnknownOrganizationError(key, self._organization_index.suggestions(key))

    # --- provenance ----------------------------------------------------------------------------

    def sources(self) -> tuple[Source, ...]:
        """Every source the release cites, in the order of its sources file."""
        return self.records.sources

    def _credential(self, credential_id: str) -> Credential:
        """The credential with this id, built on first use (the lock only for that)."""
        credential = self._by_id.get(credential_id)
        if credential is not None:
            return credential
        with self._lock:
            credential = self._by_id.get(credential_id)
            if credential is None:
                credential = self._shelf.credential(self._position[credential_id])
                self._by_id[credential_id] = credential
            return credential
