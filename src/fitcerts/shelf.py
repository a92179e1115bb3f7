"""How a catalog reaches a release's records: an index of names first, each record on first use.

A shelf answers the catalog's lookups from its index (ids, and normalized names to positions)
and hands over one credential or organization when asked, so a first ``get("CSCS")`` builds CSCS
and NSCA, not the whole release. :class:`RecordsShelf` holds records already in memory (a folder
read from JSON, a release built in a test: a :class:`ReleaseRecords`) and works its index out;
``fitcerts.pieces`` reads a bundled release piece by piece, with the index worked out when it
was compiled, so a first lookup imports neither this module nor builds that class.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .lookup import Names, name_tables, short_names

if TYPE_CHECKING:
    from typing import Protocol

    from .records import Credential, Organization, Source

    class Shelf(Protocol):
        """A release's records as a catalog asks for them; callers hold the catalog's lock."""

        version: str
        credential_ids: tuple[str, ...]  # in the credentials file's order: a record's position
        organization_ids: tuple[str, ...]
        credential_names: Names  # ids, names and aliases
        credential_short_names: Names  # ids without or with their organization's prefix
        organization_names: Names  # ids, names and abbreviations

        def credential(self, position: int) -> Credential:
            """The credential at ``position``, the same object every time."""

        def organization(self, position: int) -> Organization:
            """The organization at ``position``, the same object every time."""

        def records(self) -> ReleaseRecords:
            """Every record of the release, sharing the objects already handed out."""


__all__ = ["RecordsShelf", "ReleaseRecords", "credential_names", "organization_names"]


@attrs.frozen(kw_only=True)
class ReleaseRecords:
    """Every record of one release, in file order."""

    version: str
    sources: tuple[Source, ...]
    organizations: tuple[Organization, ...]
    credentials: tuple[Credential, ...]


def credential_names(credentials: Iterable[Credential]) -> tuple[Names, Names]:
    """The exact and the short names of each credential, by position."""
    return name_tables(
        ((c.id, c.name, *c.aliases), short_names(c.id, c.organization.id)) for c in credentials
    )


def organization_names(organizations: Iterable[Organization]) -> Names:
    """The names of each organization, by position."""
    exact, _ = name_tables(((o.id, o.name, o.abbreviation), ()) for o in organizations)
    return exact


class RecordsShelf:
    """A shelf over records already in memory."""

    __slots__ = (
        "_records",
        "credential_ids",
        "credential_names",
        "credential_short_names",
        "organization_ids",
        "organization_names",
        "version",
    )

    def __init__(self, records: ReleaseRecords) -> None:
        self._records = records
        self.version = records.version
        self.credential_ids = tuple(c.id for c in records.credentials)
        self.organization_ids = tuple(o.id for o in records.organizations)
        self.credential_names, self.credential_short_names = credential_names(records.credentials)
        self.organization_names = organization_names(records.organizations)

    def credential(self, position: int) -> Credential:
        return self._records.credentials[position]

    def organization(self, position: int) -> Organization:
        return self._records.organizations[position]

    def records(self) -> ReleaseRecords:
        return self._records
