"""One data release, loaded: its records and the lookups over them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar, overload

from .errors import AmbiguousCredentialError, UnknownCredentialError, UnknownOrganizationError
from .lookup import Index, normalize
from .records import (
    CareerSetting,
    Credential,
    CredentialKind,
    Organization,
    Source,
    parse_enum,
)

if TYPE_CHECKING:
    from .comparison import Comparison
    from .costs import CostBreakdown, Member
    from .eligibility_rules import EligibilityReport
    from .profile import Profile
    from .recommendations import Recommendation

__all__ = ["Catalog"]

T = TypeVar("T")


class _Missing:
    def __repr__(self) -> str:
        return "<no default>"


_MISSING = _Missing()


def _short_names(credential: Credential) -> tuple[str, ...]:
    """``"NASM-PES"`` also answers to ``"PES"``, and ``"CSCS"`` to ``"NSCA CSCS"``."""
    prefix = normalize(credential.organization.id)
    folded = normalize(credential.id)
    if folded.startswith(prefix) and len(folded) > len(prefix):
        return (folded[len(prefix) :],)
    return (prefix + folded,)


_REMEMBERED = 4096  # profiles whose eligibility tables a catalog keeps


class Catalog:
    """The records of one data release; every lookup of fitcerts goes through one."""

    __slots__ = (
        "_by_id",
        "_credential_index",
        "_credentials",
        "_organization_index",
        "_organizations",
        "_sorted",
        "_sources",
        "_tables",
        "version",
    )

    def __init__(
        self,
        *,
        version: str,
        sources: Iterable[Source],
        organizations: Iterable[Organization],
        credentials: Iterable[Credential],
    ) -> None:
        self.version = version
        self._sources = tuple(sources)
        self._organizations = tuple(organizations)
        self._credentials = tuple(credentials)
        self._sorted = tuple(sorted(self._credentials, key=lambda c: c.id))
        self._by_id = {credential.id: credential for credential in self._credentials}
        self._credential_index: Index[Credential] = Index(
            self._credentials,
            record_id=lambda c: c.id,
            exact=lambda c: (c.id, c.name, *c.aliases),
            loose=_short_names,
        )
        self._organization_index: Index[Organization] = Index(
            self._organizations,
            record_id=lambda o: o.id,
            exact=lambda o: (o.id, o.name, o.abbreviation),
        )
        # Reports are immutable and a profile is hashable, so a profile judged before (a web
        # form submitted again, a repeated row) is answered from here.
        self._tables: dict[Profile, tuple[EligibilityReport, ...]] = {}

    def __repr__(self) -> str:
        return (
            f"<Catalog {self.version}: {len(self._credentials)} credentials, "
            f"{len(self._organizations)} organizations>"
        )

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
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousCredentialError(key, sorted(c.id for c in found))
        if default is not _MISSING:
            return default
        raise UnknownCredentialError(key, self._credential_index.suggestions(key))

    def credentials(
        self,
        *,
        organization: Organization | str | None = None,
        kind: CredentialKind | str | None = None,
        setting: CareerSetting | str | None = None,
    ) -> tuple[Credential, ...]:
        """Credentials sorted by id, narrowed by the filters; an unknown filter is an error."""
        if organization is None and kind is None and setting is None:
            return self._sorted
        chosen = list(self._sorted)
        if organization is not None:
            wanted = self.organization(
                organization.id if isinstance(organization, Organization) else organization
            )
            chosen = [c for c in chosen if c.organization.id == wanted.id]
        if kind is not None:
            wanted_kind = parse_enum(CredentialKind, kind, "credential kind")
            chosen = [c for c in chosen if c.kind is wanted_kind]
        if setting is not None:
            wanted_setting = parse_enum(CareerSetting, setting, "career setting")
            chosen = [c for c in chosen if wanted_setting in c.settings]
        return tuple(chosen)

    def resolve(self, key: str | Credential) -> Credential:
        """This catalog's record for a key or for a credential (from any release)."""
        if isinstance(key, Credential):
            return self.get(key.id)
        return self.get(key)

    # --- decisions -----------------------------------------------------------------------------
    # The logic lives in one module per question; these methods resolve keys against this
    # catalog, so a pinned release answers from its own data.

    def total_cost(
        self,
        *keys: str | Credential,
        member: Member = False,
        study_materials: bool = True,
        tier: str | None = None,
    ) -> CostBreakdown:
        """What earning the credentials costs; see :func:`fitcerts.total_cost`."""
        from .costs import total_cost

        if not keys:
            raise TypeError("total_cost needs at least one credential")
        return total_cost(
            [self.resolve(key) for key in keys],
            member=member,
            study_materials=study_materials,
            tier=tier,
        )

    def compare(
        self, a: str | Credential, b: str | Credential, *more: str | Credential
    ) -> Comparison:
        """A side-by-side comparison; see :func:`fitcerts.compare`."""
        from .comparison import compare

        return compare([self.resolve(key) for key in (a, b, *more)])

    def eligibility(self, profile: Profile, key: str | Credential) -> EligibilityReport:
        """Whether ``profile`` may sit for one credential; see :func:`fitcerts.eligibility`."""
        from .eligibility_rules import eligibility

        return eligibility(profile, self.resolve(key))

    def eligibility_table(self, profile: Profile) -> tuple[EligibilityReport, ...]:
        """The eligibility report for every credential, sorted by id."""
        from .eligibility_rules import eligibility

        try:
            found = self._tables.get(profile)
        except TypeError:  # not hashable, so not a Profile: eligibility() says so
            found = None
        if found is None:
            from ._collector import collector_paused

            with collector_paused():
                found = tuple(eligibility(profile, c) for c in self.credentials())
            if len(self._tables) >= _REMEMBERED:
                self._tables.clear()
            self._tables[profile] = found
        return found

    def eligible(self, profile: Profile) -> tuple[Credential, ...]:
        """The credentials ``profile`` is eligible for (never those that are unknown)."""
        from .eligibility_rules import EligibilityStatus

        return tuple(
            report.credential
            for report in self.eligibility_table(profile)
            if report.status is EligibilityStatus.ELIGIBLE
        )

    def recommend(self, profile: Profile, goal: str | CareerSetting) -> tuple[Recommendation, ...]:
        """Credentials for a career goal, best first; see :func:`fitcerts.recommend`."""
        from .recommendations import recommend

        return recommend(profile, goal, self.credentials())

    # --- organizations -------------------------------------------------------------------------

    def organizations(self) -> tuple[Organization, ...]:
        """Organizations sorted by id."""
        return tuple(sorted(self._organizations, key=lambda o: o.id.casefold()))

    def organization(self, key: str) -> Organization:
        """The organization named by its id, abbreviation or full name, in any case."""
        if not isinstance(key, str):
            raise TypeError(f"an organization key must be a string, not {type(key).__name__}")
        found = self._organization_index.find(key)
        if len(found) == 1:
            return found[0]
        raise UnknownOrganizationError(key, self._organization_index.suggestions(key))

    # --- provenance ----------------------------------------------------------------------------

    def sources(self) -> tuple[Source, ...]:
        """Every source the release cites, in the order of its sources file."""
        return self._sources
