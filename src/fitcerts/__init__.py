"""fitcerts: typed, versioned data on fitness and strength-and-conditioning credentials.

Importing costs next to nothing: record types are imported on first use and the data release
is read on the first lookup, once, under a lock.

>>> import fitcerts
>>> fitcerts.get("nasm pes").id
'NASM-PES'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._version import DATA_VERSION
from .errors import (
    AmbiguousCredentialError,
    DataValidationError,
    UnknownCredentialError,
    UnknownOrganizationError,
)

if TYPE_CHECKING:
    from .catalog import Catalog
    from .records import (
        Audience,
        CareerSetting,
        Citation,
        Condition,
        ConditionKind,
        Credential,
        CredentialKind,
        Currency,
        EarningMethod,
        Education,
        Exam,
        ExamDelivery,
        Organization,
        OrganizationType,
        PassingScore,
        PassRate,
        Price,
        PriceBound,
        PriceItem,
        QuestionFormat,
        Requirement,
        RequirementLevel,
        ScoreScale,
        Source,
        SourceKind,
    )

__all__ = [
    "DATA_VERSION",
    "AmbiguousCredentialError",
    "Audience",
    "CareerSetting",
    "Catalog",
    "Citation",
    "Condition",
    "ConditionKind",
    "Credential",
    "CredentialKind",
    "Currency",
    "DataValidationError",
    "EarningMethod",
    "Education",
    "Exam",
    "ExamDelivery",
    "Organization",
    "OrganizationType",
    "PassRate",
    "PassingScore",
    "Price",
    "PriceBound",
    "PriceItem",
    "QuestionFormat",
    "Requirement",
    "RequirementLevel",
    "ScoreScale",
    "Source",
    "SourceKind",
    "UnknownCredentialError",
    "UnknownOrganizationError",
    "__version__",
    "credentials",
    "get",
    "organization",
    "organizations",
]

T = TypeVar("T")
_NO_DEFAULT = object()

_ERRORS = {
    "AmbiguousCredentialError",
    "DataValidationError",
    "UnknownCredentialError",
    "UnknownOrganizationError",
}
_LAZY = {name: "records" for name in __all__ if name[:1].isupper() and name not in _ERRORS}
_LAZY.update(DATA_VERSION="_version", Catalog="catalog")


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("fitcerts")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fitcerts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"fitcerts.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


_default: Catalog | None = None


def _catalog() -> Catalog:
    global _default
    if _default is None:
        from .loading import catalog

        _default = catalog(DATA_VERSION)
    return _default


@overload
def get(key: str) -> Credential: ...
@overload
def get(key: str, default: T) -> Credential | T: ...


def get(key: str, default: object = _NO_DEFAULT) -> object:
    """The credential named by ``key`` (id, alias or full name, ignoring case and punctuation).

    A miss raises :class:`UnknownCredentialError` suggesting close matches, unless a ``default``
    is given; a key naming several credentials raises :class:`AmbiguousCredentialError`.
    """
    if default is _NO_DEFAULT:
        return _catalog().get(key)
    return _catalog().get(key, default)


def credentials(
    *,
    organization: Organization | str | None = None,
    kind: CredentialKind | str | None = None,
    setting: CareerSetting | str | None = None,
) -> tuple[Credential, ...]:
    """Every credential, sorted by id, narrowed by organization, kind and career setting."""
    return _catalog().credentials(organization=organization, kind=kind, setting=setting)


def organizations() -> tuple[Organization, ...]:
    """Every organization that issues a credential in the catalog, sorted by id."""
    return _catalog().organizations()


def organization(key: str) -> Organization:
    """The organization named by ``key``; a miss raises :class:`UnknownOrganizationError`."""
    return _catalog().organization(key)
