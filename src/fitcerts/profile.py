"""What a candidate has, as far as it is known; ``None`` always means unknown, never "no"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .records import Education

if TYPE_CHECKING:
    from .catalog import Catalog

__all__ = ["MAX_AGE", "Profile", "ProfileError"]

MAX_AGE = 120


class ProfileError(ValueError):
    """Bad profile data; ``problems`` names every bad field with what is allowed."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid profile: " + "; ".join(self.problems))


def _age(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError([f"age must be a whole number of years or None, not {value!r}"])
    if not 0 < value <= MAX_AGE:
        raise ProfileError([f"age must be between 1 and {MAX_AGE}, not {value}"])
    return value


def _education(value: object) -> Education | None:
    if value is None:
        return None
    if not isinstance(value, (str, Education)):
        raise ProfileError([f"education must be an Education, a string or None, not {value!r}"])
    try:
        return Education.parse(value)
    except ValueError as error:
        raise ProfileError([f"education: {error}"]) from None


def _flag(name: str, value: object) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ProfileError([f"{name} must be True, False or None, not {value!r}"])
    return value


def _count(name: str, value: object, unit: str, most: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError([f"{name} must be a whole number of {unit} or None, not {value!r}"])
    if not 0 <= value <= most:
        raise ProfileError([f"{name} must be between 0 and {most}, not {value}"])
    return value


def _cpr_aed(value: object) -> bool | None:
    return _flag("cpr_aed", value)


def _first_aid(value: object) -> bool | None:
    return _flag("first_aid", value)


def _college_senior(value: object) -> bool | None:
    return _flag("college_senior", value)


def _internship_hours(value: object) -> int | None:
    return _count("internship_hours", value, "hours", 100_000)


def _experience_hours(value: object) -> int | None:
    return _count("experience_hours", value, "hours", 500_000)


def _experience_years(value: object) -> int | None:
    return _count("experience_years", value, "years", MAX_AGE)


def _ids(
    name: str, resolve: Callable[[Catalog, str], str]
) -> Callable[[object], frozenset[str] | None]:
    def convert(value: object) -> frozenset[str] | None:
        if value is None:
            return None
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise ProfileError([f"{name} must be a list of ids, not {value!r}"])
        from .loading import catalog

        resolved, problems = set(), []
        for key in value:
            if not isinstance(key, str):
                problems.append(f"{name}: {key!r} is not an id")
                continue
            try:
                resolved.add(resolve(catalog(), key))
            except LookupError as error:
                problems.append(f"{name}: {error}")
        if problems:
            raise ProfileError(problems)
        return frozenset(resolved)

    return convert


_credentials = _ids("credentials", lambda catalog, key: catalog.get(key).id)
_memberships = _ids("memberships", lambda catalog, key: catalog.organization(key).id)


def _credential_ids(value: object) -> frozenset[str] | None:
    return _credentials(value)


def _membership_ids(value: object) -> frozenset[str] | None:
    return _memberships(value)


@attrs.frozen(kw_only=True)
class Profile:
    """A candidate: each fact ``None`` when unknown.

    ``credentials`` and ``memberships`` hold ids resolved through :func:`fitcerts.get` and
    :func:`fitcerts.organization`, so aliases work and typos fail early; an empty set means
    "none", ``None`` means nobody said.
    """

    age: int | None = attrs.field(default=None, converter=_age)
    education: Education | None = attrs.field(default=None, converter=_education)
    college_senior: bool | None = attrs.field(default=None, converter=_college_senior)
    cpr_aed: bool | None = attrs.field(default=None, converter=_cpr_aed)
    first_aid: bool | None = attrs.field(default=None, converter=_first_aid)
    internship_hours: int | None = attrs.field(default=None, converter=_internship_hours)
    experience_hours: int | None = attrs.field(default=None, converter=_experience_hours)
    experience_years: int | None = attrs.field(default=None, converter=_experience_years)
    credentials: frozenset[str] | None = attrs.field(default=None, converter=_credential_ids)
    memberships: frozenset[str] | None = attrs.field(default=None, converter=_membership_ids)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """A profile from JSON-like data (a web form, say), reporting every bad field at once."""
        if not isinstance(data, Mapping):
            raise ProfileError([f"a profile must be a mapping, not {type(data).__name__}"])
        problems = [
            f"unknown field {key!r}; fields: {', '.join(_PARSERS)}"
            for key in data
            if key not in _PARSERS
        ]
        values: dict[str, Any] = {}
        for name, parse in _PARSERS.items():
            if name not in data:
                continue
            try:
                values[name] = parse(data[name])
            except ProfileError as error:
                problems += error.problems
        if problems:
            raise ProfileError(problems)
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return {
            "age": self.age,
            "education": self.education.value if self.education else None,
            "college_senior": self.college_senior,
            "cpr_aed": self.cpr_aed,
            "first_aid": self.first_aid,
            "internship_hours": self.internship_hours,
            "experience_hours": self.experience_hours,
            "experience_years": self.experience_years,
            "credentials": None if self.credentials is None else sorted(self.credentials),
            "memberships": None if self.memberships is None else sorted(self.memberships),
        }


_PARSERS: dict[str, Callable[[object], object]] = {
    "age": _age,
    "education": _education,
    "college_senior": _college_senior,
    "cpr_aed": _cpr_aed,
    "first_aid": _first_aid,
    "internship_hours": _internship_hours,
    "experience_hours": _experience_hours,
    "experience_years": _experience_years,
    "credentials": _credential_ids,
    "memberships": _membership_ids,
}
