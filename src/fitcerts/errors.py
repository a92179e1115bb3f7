"""The exceptions fitcerts raises; every "not found" is a LookupError suggesting what was meant."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AmbiguousCredentialError",
    "DataValidationError",
    "UnknownCredentialError",
    "UnknownOrganizationError",
]


def _did_you_mean(suggestions: tuple[str, ...]) -> str:
    return f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""


class _UnknownKey(LookupError):
    what = "record"

    def __init__(self, key: str, suggestions: Iterable[str] = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        super().__init__(f"Unknown {self.what} {key!r}.{_did_you_mean(self.suggestions)}")


class UnknownCredentialError(_UnknownKey):
    """No credential answers to the key; ``suggestions`` holds the ids of close matches."""

    what = "credential"


class AmbiguousCredentialError(LookupError):
    """The key names several credentials; ``candidates`` holds their ids."""

    def __init__(self, key: str, candidates: Iterable[str]) -> None:
        self.key = key
        self.candidates = tuple(candidates)
        super().__init__(
            f"Credential key {key!r} is ambiguous; it could be: {', '.join(self.candidates)}."
        )


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
