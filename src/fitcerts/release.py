"""A pinned data release: what ``fitcerts.load(version)`` returns, and the one place releases are
loaded and remembered.

A :class:`Release` is a catalog with every decision bound to it, so a release pinned today answers
from its own data for as long as you keep it. It owns the only result cache, bounded and
clearable; :func:`clear_caches` empties it and forgets the loaded releases (as Babel's does).
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, SupportsIndex, TypeVar, overload

import attrs

from ._version import DATA_VERSION
from .catalog import Catalog
from .dataformat import bundled_versions, check_version
from .pieces import read_bundled

# Each decision module is imported by the method that needs it: a first lookup pays for none.
if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from .changes import DataDiff
    from .comparison import Comparison
    from .cost_lines import CostBreakdown
    from .cost_terms import Member
    from .eligibility_rules import EligibilityReport
    from .profile import Profile
    from .recommendations import Recommendation
    from .records import Credential, Organization, Source
    from .vocabulary import CareerSetting, CredentialKind, Currency

__all__ = ["Release", "clear_caches", "data_versions", "load"]

T = TypeVar("T")
_MISSING = object()

# Eligibility tables one release remembers: a profile judged again (a form sent twice, a
# repeated row) is answered from here.
_REMEMBERED_TABLES = 256


class Release:
    """One data release: look credentials up and ask it questions; see :func:`fitcerts.load`."""

    __slots__ = ("_tables", "catalog")

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._tables: dict[tuple[Profile, date], tuple[EligibilityReport, ...]] = {}

    @property
    def version(self) -> str:
        """The data version, such as ``"2026.2"``."""
        return self.catalog.version

    def __repr__(self) -> str:
        return f"<Release {self.version}: {len(self.catalog.credentials())} credentials>"

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[object, ...]:
        """A bundled release pickles as its version: unpickled, it is that release as loaded
        in the receiving process (a dask worker, a subprocess), the same data by its pin."""
        if type(self) is Release and _loaded.get(self.version) is self:
            return (load, (self.version,))
        return super().__reduce_ex__(protocol)

    def clear_caches(self) -> None:
        """Forget remembered answers and lookup keys; the records stay loaded."""
        self._tables.clear()
        self.catalog.clear_caches()

    # --- lookups -------------------------------------------------------------------------------

    @overload
    def get(self, key: str) -> Credential: ...
    @overload
    def get(self, key: str, default: T) -> Credential | T: ...

    def get(self, key: str, default: object = _MISSING) -> object:
        """The credential named by ``key``; see :func:`fitcerts.get`."""
        if default is _MISSING:
            return self.catalog.get(key)
        return self.catalog.get(key, default)

    def credentials(
        self,
        *,
        organization: Organization | str | None = None,
        kind: CredentialKind | str | None = None,
        setting: CareerSetting | str | None = None,
    ) -> tuple[Credential, ...]:
        """Credentials sorted by id, narrowed by the filters; see :func:`fitcerts.credentials`."""
        return self.catalog.credentials(organization=organization, kind=kind, setting=setting)

    def organizations(self) -> tuple[Organization, ...]:
        """Organizations sorted by id."""
        return self.catalog.organizations()

    def organization(self, key: str) -> Organization:
        """The organization named by ``key``; see :func:`fitcerts.organization`."""
        return self.catalog.organization(key)

    def sources(self) -> tuple[Source, ...]:
        """Every source the release cites, in the order of its sources file."""
        return self.catalog.sources()

    # --- decisions -----------------------------------------------------------------------------

    def total_cost(
        self,
        *keys: str | Credential,
        member: Member = False,
        study_materials: bool = True,
        tier: str | None = None,
        profile: Profile | None = None,
        jurisdiction: str | None = None,
        on: date | None = None,
        attempts: int = 1,
        currency: Currency | str | None = None,
        rates: Mapping[Currency | str, Decimal | int | str] | None = None,
        rates_on: date | None = None,
    ) -> CostBreakdown:
        """What earning the credentials costs; see :func:`fitcerts.total_cost`."""
        from .costs import total_cost

        return total_cost(
            self.catalog,
            keys,
            member=member,
            study_materials=study_materials,
            tier=tier,
            profile=profile,
            jurisdiction=jurisdiction,
            on=on,
            attempts=attempts,
            currency=currency,
            rates=rates,
            rates_on=rates_on,
        )

    def cost_of_ownership(
        self,
        *keys: str | Credential,
        years: int,
        member: bool = False,
        profile: Profile | None = None,
        jurisdiction: str | None = None,
        start: date | None = None,
        currency: Currency | str | None = None,
        rates: Mapping[Currency | str, Decimal | int | str] | None = None,
        rates_on: date | None = None,
    ) -> CostBreakdown:
        """Earning and keeping credentials; see :func:`fitcerts.cost_of_ownership`."""
        from .ownership import cost_of_ownership

        return cost_of_ownership(
            self.catalog,
            keys,
            years=years,
            member=member,
            profile=profile,
            jurisdiction=jurisdiction,
            start=start,
            currency=currency,
            rates=rates,
            rates_on=rates_on,
        )

    def compare(
        self,
        a: str | Credential,
        b: str | Credential,
        *more: str | Credential,
        on: date | None = None,
        jurisdiction: str | None = None,
    ) -> Comparison:
        """A side-by-side comparison; see :func:`fitcerts.compare`."""
        from .comparison import compare

        return compare(self.catalog, (a, b, *more), on, jurisdiction)

    def eligibility(
        self,
        profile: Profile,
        key: str | Credential,
        *,
        on: date | None = None,
        jurisdiction: str | None = None,
    ) -> EligibilityReport:
        """Whether ``profile`` may sit for one credential; see :func:`fitcerts.eligibility`."""
        from .eligibility_rules import eligibility

        return eligibility(self.catalog, _placed(profile, jurisdiction), key, on)

    def eligibility_table(
        self, profile: Profile, *, on: date | None = None, jurisdiction: str | None = None
    ) -> tuple[EligibilityReport, ...]:
        """The eligibility report for every credential, sorted by id, by the rules in force
        ``on`` (default: today), for a candidate in ``jurisdiction`` (default: the profile's
        country)."""
        from .eligibility_rules import check_date, eligibility_table

        profile = _placed(profile, jurisdiction)
        day = check_date(on)
        try:
            found = self._tables.get((profile, day))
        except TypeError:  # not hashable, so not a Profile: eligibility_table() says so
            found = None
        if found is None:
            found = eligibility_table(self.catalog, profile, day)
            if len(self._tables) >= _REMEMBERED_TABLES:
                self._tables.clear()
            self._tables[(profile, day)] = found
        return found

    def eligible(
        self, profile: Profile, *, on: date | None = None, jurisdiction: str | None = None
    ) -> tuple[Credential, ...]:
        """The credentials ``profile`` is eligible for (never those that are unknown)."""
        from .eligibility_rules import EligibilityStatus

        return tuple(
            report.credential
            for report in self.eligibility_table(profile, on=on, jurisdiction=jurisdiction)
            if report.status is EligibilityStatus.ELIGIBLE
        )

    def recommend(
        self, profile: Profile, goal: CareerSetting | str, *, on: date | None = None
    ) -> tuple[Recommendation, ...]:
        """Credentials for a career goal, best first; see :func:`fitcerts.recommend`."""
        from .recommendations import recommend

        return recommend(self.catalog, profile, goal, on)

    def diff(self, newer: Release) -> DataDiff:
        """What changed from this release to ``newer``."""
        from .changes import diff

        return diff(self.catalog, newer.catalog)


_lock = threading.Lock()
_loaded: dict[str, Release] = {}


def load(version: str = DATA_VERSION) -> Release:
    """Bundled release ``version``, read and verified on first use, shared afterwards."""
    loaded = _loaded.get(version) if isinstance(version, str) else None
    if loaded is None:
        with _lock:
            loaded = _loaded.get(check_version(version))
            if loaded is None:
                loaded = _loaded[version] = Release(Catalog.on_shelf(read_bundled(version)))
    return loaded


def _placed(profile: Profile, jurisdiction: str | None) -> Profile:
    """``profile`` as a candidate in ``jurisdiction`` (checked as a profile's country is);
    unchanged when no place is given."""
    from .profile import Profile

    if jurisdiction is None or not isinstance(profile, Profile):
        return profile  # a non-profile is refused, with its type, by the judge
    return attrs.evolve(profile, country=jurisdiction)


def data_versions() -> tuple[str, ...]:
    """Every data release bundled with this package, oldest first."""
    return bundled_versions()


def clear_caches() -> None:
    """Forget every loaded release and remembered answer; the next use loads afresh."""
    with _lock:
        for release in _loaded.values():
            release.clear_caches()
        _loaded.clear()
