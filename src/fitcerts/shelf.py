"""How a catalog reaches a release's records: an index of names first, each record on first use.

A shelf answers the catalog's lookups from its index (ids, names, aliases, organizations) and
hands over one credential or organization when asked, so a first ``get("CSCS")`` builds CSCS and
NSCA, not the whole release. :class:`RecordsShelf` holds records already in memory (a folder read
from JSON, a release built in a test); ``fitcerts.pieces`` reads a bundled release piece by piece.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from .dataformat import ReleaseRecords
    from .records import Credential, Organization

__all__ = ["CredentialEntry", "OrganizationEntry", "RecordsShelf"]


class CredentialEntry(NamedTuple):
    """What the index knows of a credential before it is built: the names it answers to."""

    id: str
    name: str
    aliases: tuple[str, ...]
    organization: str  # the organization's id


class OrganizationEntry(NamedTuple):
    """What the index knows of an organization before it is built."""

    id: str
    name: str
    abbreviation: str


if TYPE_CHECKING:  # a shape for the type checker: nothing to build at run time

    class Shelf(Protocol):
        """A release's records as a catalog asks for them; callers hold the catalog's lock."""

        @property
        def version(self) -> str: ...

        @property
        def credential_entries(self) -> tuple[CredentialEntry, ...]:
            """Every credential's entry, in the credentials file's order."""

        @property
        def organization_entries(self) -> tuple[OrganizationEntry, ...]:
            """Every organization's entry, in the organizations file's order."""

        def credential(self, position: int) -> Credential:
            """The credential of ``credential_entries[position]``, the same object every time."""

        def organization(self, position: int) -> Organization:
            """The organization of ``organization_entries[position]``, the same object again."""

        def records(self) -> ReleaseRecords:
            """Every record of the release, sharing the objects already handed out."""


def credential_entry(credential: Credential) -> CredentialEntry:
    return CredentialEntry(
        credential.id, credential.name, credential.aliases, credential.organization.id
    )


def organization_entry(organization: Organization) -> OrganizationEntry:
    return OrganizationEntry(organization.id, organization.name, organization.abbreviation)


class RecordsShelf:
    """A shelf over records already in memory."""

    __slots__ = ("_records", "credential_entries", "organization_entries")

    def __init__(self, records: ReleaseRecords) -> None:
        self._records = records
        self.credential_entries = tuple(map(credential_entry, records.credentials))
        self.organization_entries = tuple(map(organization_entry, records.organizations))

    @property
    def version(self) -> str:
        return self._records.version

    def credential(self, position: int) -> Credential:
        return self._records.credentials[position]

    def organization(self, position: int) -> Organization:
        return self._records.organizations[position]

    def records(self) -> ReleaseRecords:
        return self._records
