"""The exceptions fitcerts raises; every "not found" is a LookupError suggesting what was meant."""

from __future__ import annotations

from collections.abc import Iterable

from .lookup import shorten

__all__ = [
    "AmbiguousCredentialError",
    "DataIntegrityError",
    "DataValidationError",
    "DuplicateCredentialError",
    "ProfileError",
    "UnknownCredentialError",
    "UnknownDataVersionError",
    "UnknownOrganizationError",
    "UnknownTierError",
]


def _did_you_mean(suggestions: tuple[str, ...]) -> str:
    return f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""


class _UnknownKey(LookupError):
    what = "record"

    def __init__(self, key: str, suggestions: Iterable[str] = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        super().__init__(f"Unknown {self.what} {shorten(key)}.{_did_you_mean(self.suggestions)}")


class UnknownCredentialError(_UnknownKey):
    """No credential answers to the key; ``suggestions`` holds the ids of close matches."""

    what = "credential"


class AmbiguousCredentialError(LookupError):
    """The key names several credentials; ``candidates`` holds their ids."""

    def __init__(self, key: str, candidates: Iterable[str]) -> None:
        self.key = key
        self.candidates = tuple(candidates)
        could_be = ", ".join(self.candidates)
        super().__init__(f"Credential key {shorten(key)} is ambiguous; it could be: {could_be}.")


class UnknownOrganizationError(_UnknownKey):
    """No organization answers to the key; ``suggestions`` holds the ids of close matches."""

    what = "organization"


class DataValidationError(ValueError):
    """A data release is malformed; ``problems`` has one line per problem, naming file and path."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n{lines}")


class DataIntegrityError(ValueError):
    """A bundled release's file is not what was released (changed, missing or unreadable)."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        super().__init__(f"{file}: {reason}")


class UnknownDataVersionError(LookupError):
    """No bundled data release has this version; ``available`` lists those that do."""

    def __init__(
        self, version: str, available: Iterable[str] = (), *, malformed: bool = False
    ) -> None:
        self.version = version
        self.available = tuple(available)
        if malformed:
            message = f"{shorten(version)} is not a data version (they look like 2026.1)"
        else:
            message = f"{shorten(version)} is not a bundled data release; available: "
            message += ", ".join(self.available)
        super().__init__(message)


class DuplicateCredentialError(ValueError):
    """A credential was named more than once where each may appear once; ``ids`` lists them."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.ids = tuple(ids)
        super().__init__(f"credential given more than once: {', '.join(self.ids)}")


class UnknownTierError(ValueError):
    """No credential asked about is sold in this price tier; ``valid`` lists the tiers offered."""

    def __init__(self, tier: str, valid: Iterable[str]) -> None:
        self.tier = tier
        self.valid = tuple(valid)
        offered = ", ".join(self.valid) or "none (no credential here is sold in tiers)"
        super().__init__(f"unknown tier {shorten(tier)}; valid tiers: {offered}")


# Problems listed in one error at most; the rest are counted.
MAX_PROBLEMS = 20


class ProfileError(ValueError):
    """Bad profile data; ``problems`` names every bad field with what is allowed."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        shown = list(self.problems[:MAX_PROBLEMS])
        if len(self.problems) > MAX_PROBLEMS:
            shown.append(f"and {len(self.problems) - MAX_PROBLEMS:,} more problems")
        super().__init__("invalid profile: " + "; ".join(shown))


class UnknownValueError(ValueError):
    """A value outside a closed set (a vocabulary, an option); ``allowed`` lists the set."""

    def __init__(self, what: str, value: object, allowed: Iterable[str]) -> None:
        self.value = value
        self.allowed = tuple(allowed)
        super().__init__(f"unknown {what} {shorten(value)}; allowed: {', '.join(self.allowed)}")


class FieldPathError(ValueError):
    """A field path (``"exam.questions"``) that is malformed or leads to no field of the record."""


class MixedCurrencyError(ValueError):
    """Amounts in several currencies were to be added; fitcerts converts only at rates the
    caller gives.

    ``currencies`` lists them. Choose prices for one place with ``jurisdiction=``, or convert
    with ``currency=``, ``rates=`` and ``rates_on=``.
    """

    def __init__(self, currencies: Iterable[str]) -> None:
        self.currencies = tuple(sorted(currencies))
        super().__init__(
            f"prices in {', '.join(self.currencies)} cannot be added (fitcerts never converts "
            "currencies unasked); choose one place with jurisdiction=, or give currency=, "
            "rates= and rates_on="
        )


class MissingRateError(MixedCurrencyError):
    """A conversion was asked for, but no rate was given for some currency of the lines;
    ``currencies`` lists those, ``target`` is the currency asked for."""

    def __init__(self, currencies: Iterable[str], target: str) -> None:
        self.target = target
        super().__init__(currencies)
        self.args = (
            f"no rate given for {', '.join(self.currencies)} (into {target}); "
            f"pass rates={{{', '.join(repr(c) for c in self.currencies)}: ...}}",
        )
