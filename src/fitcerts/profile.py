"""What a candidate has, as far as it is known; ``None`` always means unknown, never "no".

A profile holds facts as given, checked for type and shape only. Credential and organization
keys stay as written: the release that judges the profile resolves them, so a profile means the
same thing to every release that knows its keys, and building one loads no data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from .countries import country_suggestion
from .errors import ProfileError
from .lookup import MAX_KEY_LENGTH, shorten
from .plain import Plain
from .vocabulary import Education, country_code

__all__ = ["MAX_AGE", "MAX_KEYS", "Profile", "ProfileField", "profile_fields"]

MAX_AGE = 120
# Credentials or memberships one profile may list; nobody holds more.
MAX_KEYS = 100

Kind = Literal["age", "education", "flag", "count", "keys", "country"]


@attrs.frozen(kw_only=True)
class ProfileField:
    """One fact a profile can hold: how it is parsed, and how the command line asks for it."""

    name: str
    kind: Kind
    help: str
    flag: str
    metavar: str | None = None


def _age(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError([f"age must be a whole number of years or None, not {shorten(value)}"])
    if not 0 < value <= MAX_AGE:
        raise ProfileError([f"age must be between 1 and {MAX_AGE}, not {value}"])
    return value


def _education(value: Education | str | None) -> Education | None:
    if value is None:
        return None
    if not isinstance(value, (str, Education)):
        raise ProfileError(
            [f"education must be an Education, a string or None, not {shorten(value)}"]
        )
    try:
        return Education.parse(value)
    except ValueError as error:
        raise ProfileError([f"education: {error}"]) from None


def _flag(name: str, value: object) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise ProfileError([f"{name} must be True, False or None, not {shorten(value)}"])
    return value


def _count(name: str, value: object, unit: str, most: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProfileError(
            [f"{name} must be a whole number of {unit} or None, not {shorten(value)}"]
        )
    if not 0 <= value <= most:
        raise ProfileError([f"{name} must be between 0 and {most:,}, not {value}"])
    return value


def _keys(name: str, value: object) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ProfileError([f"{name} must be a list of ids, not {shorten(value)}"])
    keys: list[str] = []
    problems: list[str] = []
    for key in value:
        if len(keys) + len(problems) >= MAX_KEYS:
            raise ProfileError([f"{name}: more than {MAX_KEYS} given"])
        if not isinstance(key, str) or not key.strip():
            problems.append(f"{name}: {shorten(key)} is not an id")
        elif len(key) > MAX_KEY_LENGTH:
            problems.append(f"{name}: {shorten(key)} is longer than any id")
        else:
            keys.append(key)
    if problems:
        raise ProfileError(problems)
    return frozenset(keys)


# attrs converters, one per field (the type checker follows named functions only).
def _college_senior(value: bool | None) -> bool | None:
    return _flag("college_senior", value)


def _cpr_aed(value: bool | None) -> bool | None:
    return _flag("cpr_aed", value)


def _first_aid(value: bool | None) -> bool | None:
    return _flag("first_aid", value)


def _internship_hours(value: int | None) -> int | None:
    return _count("internship_hours", value, "hours", 100_000)


def _experience_hours(value: int | None) -> int | None:
    return _count("experience_hours", value, "hours", 500_000)


def _experience_years(value: int | None) -> int | None:
    return _count("experience_years", value, "years", MAX_AGE)


def _student(value: bool | None) -> bool | None:
    return _flag("student", value)


def _program_accreditations(value: Iterable[str] | None) -> frozenset[str] | None:
    return _keys("program_accreditations", value)


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    code = country_code(value)
    if code is None:
        meant = country_suggestion(value) if isinstance(value, str) else None
        hint = f" (the ISO code meant is {meant!r})" if meant else ""
        raise ProfileError(
            [f"country must be an ISO 3166-1 code such as 'GB' or None, not {shorten(value)}{hint}"]
        )
    return code


def _credentials(value: Iterable[str] | None) -> frozenset[str] | None:
    return _keys("credentials", value)


def _memberships(value: Iterable[str] | None) -> frozenset[str] | None:
    return _keys("memberships", value)


def _about(kind: Kind, help: str, *, flag: str = "", metavar: str = "") -> dict[str, Any]:
    return {"kind": kind, "help": help, "flag": flag, "metavar": metavar or None}


@attrs.frozen(kw_only=True)
class Profile(Plain):
    """A candidate: each fact ``None`` when unknown.

    ``credentials`` and ``memberships`` hold keys (ids, aliases or names) as given; the release
    that judges the profile resolves them, and a key it does not know is an error there. An
    empty set means "none", ``None`` means nobody said.
    """

    age: int | None = attrs.field(
        default=None, converter=_age, metadata=_about("age", "age in whole years", metavar="YEARS")
    )
    education: Education | None = attrs.field(
        default=None,
        converter=_education,
        metadata=_about(
            "education",
            "highest education completed: " + ", ".join(level.value for level in Education),
            metavar="LEVEL",
        ),
    )
    college_senior: bool | None = attrs.field(
        default=None,
        converter=_college_senior,
        metadata=_about("flag", "is a college senior (final year of a degree)"),
    )
    cpr_aed: bool | None = attrs.field(
        default=None,
        converter=_cpr_aed,
        metadata=_about("flag", "holds a current CPR/AED certification"),
    )
    first_aid: bool | None = attrs.field(
        default=None,
        converter=_first_aid,
        metadata=_about("flag", "holds a current first aid certification"),
    )
    internship_hours: int | None = attrs.field(
        default=None,
        converter=_internship_hours,
        metadata=_about("count", "hours of supervised internship"),
    )
    experience_hours: int | None = attrs.field(
        default=None,
        converter=_experience_hours,
        metadata=_about("count", "hours of applied experience"),
    )
    experience_years: int | None = attrs.field(
        default=None,
        converter=_experience_years,
        metadata=_about("count", "years of relevant experience"),
    )
    student: bool | None = attrs.field(
        default=None,
        converter=_student,
        metadata=_about("flag", "is a full-time student now"),
    )
    program_accreditations: frozenset[str] | None = attrs.field(
        default=None,
        converter=_program_accreditations,
        metadata=_about(
            "keys",
            "a body accrediting the candidate's degree program, e.g. CAAHEP (repeatable; "
            "'none' for none)",
            flag="program-accreditation",
            metavar="BODY",
        ),
    )
    country: str | None = attrs.field(
        default=None,
        converter=_country,
        metadata=_about("country", "where the candidate lives (ISO 3166-1, e.g. GB)", metavar="CC"),
    )
    credentials: frozenset[str] | None = attrs.field(
        default=None,
        converter=_credentials,
        metadata=_about(
            "keys",
            "a credential held (repeat for several; 'none' for none)",
            flag="holds",
            metavar="CREDENTIAL",
        ),
    )
    memberships: frozenset[str] | None = attrs.field(
        default=None,
        converter=_memberships,
        metadata=_about(
            "keys",
            "an organization the candidate belongs to (repeatable; 'none' for none)",
            flag="member-of",
            metavar="ORGANIZATION",
        ),
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """A profile from JSON-like data (a web form, say), reporting every bad field at once."""
        if not isinstance(data, Mapping):
            raise ProfileError([f"a profile must be a mapping, not {type(data).__name__}"])
        fields = attrs.fields_dict(cls)
        unknown = [key for key in data if key not in fields]
        problems = []
        if unknown:
            named = ", ".join(shorten(key, 30) for key in unknown[:5])
            more = f" and {len(unknown) - 5:,} more" if len(unknown) > 5 else ""
            problems.append(f"unknown field {named}{more}; fields: {', '.join(fields)}")
        values: dict[str, Any] = {}
        for name, field in fields.items():
            if name not in data:
                continue
            assert callable(field.converter)
            try:
                values[name] = field.converter(data[name])
            except ProfileError as error:
                problems += error.problems
        if problems:
            raise ProfileError(problems)
        return cls(**values)


def profile_fields() -> tuple[ProfileField, ...]:
    """The facts a profile holds, in order, as the command line and the docs present them."""
    return tuple(
        ProfileField(
            name=field.name,
            kind=field.metadata["kind"],
            help=field.metadata["help"],
            flag=field.metadata["flag"] or field.name.replace("_", "-"),
            metavar=field.metadata["metavar"],
        )
        for field in attrs.fields(Profile)
    )
