"""What the codes of ``eligibility_frame(..., reasons="codes")`` stand for, and the words of the
rows a reader looks at.

A coded verdict names a credential's required rules by bits: bit *i* is the credential's
requirement *i* (the id ``CSCS/requirements/0`` of the data package and the database), and
:data:`~fitcerts.batch.UNREPORTED_BIT` says the data does not report what it requires. An
analyst counts and filters on the bits over a whole cohort, and asks for sentences only for the
rows they read.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import pandas as pd

    from .release import Release

__all__ = ["explain", "rule_texts"]


def rule_texts(catalog: Release | None = None) -> pd.DataFrame:
    """One row per bit a coded verdict may set: ``credential``, ``bit``, ``rule`` (the
    requirement's id), ``level``, ``text`` (the rule as a reason names it), ``effective_from``,
    ``effective_until`` and ``jurisdiction`` (the country it binds, if one)."""
    from .batch import UNREPORTED_BIT
    from .eligibility_rules import eligibility
    from .frames import _newest, require_pandas
    from .profile import Profile

    pandas = require_pandas()
    release = catalog or _newest()
    rows: list[dict[str, Any]] = []
    for credential in release.credentials():
        for bit, requirement in enumerate(credential.requirements):
            rows.append(
                {
                    "credential": credential.id,
                    "bit": bit,
                    "rule": f"{credential.id}/requirements/{bit}",
                    "level": requirement.level.value,
                    "text": str(requirement),
                    "effective_from": requirement.effective_from,
                    "effective_until": requirement.effective_until,
                    "jurisdiction": requirement.jurisdiction,
                }
            )
        if not credential.requirements_known:
            report = eligibility(release.catalog, Profile(), credential, None)
            rows.append(
                {
                    "credential": credential.id,
                    "bit": UNREPORTED_BIT,
                    "rule": f"{credential.id}/requirements-not-reported",
                    "level": "required",
                    "text": report.undecided[-1].reason,
                    "effective_from": None,
                    "effective_until": None,
                    "jurisdiction": None,
                }
            )
    columns = ["credential", "bit", "rule", "level", "text"]
    columns += ["effective_from", "effective_until", "jurisdiction"]
    frame = pandas.DataFrame(rows, columns=columns)
    frame["bit"] = frame["bit"].astype("int64")
    return cast("pd.DataFrame", frame)


def explain(
    rows: pd.DataFrame,
    profiles: pd.DataFrame,
    catalog: Release | None = None,
    *,
    on: date | None = None,
    jurisdiction: str | None = None,
) -> pd.DataFrame:
    """``rows`` (some rows of a coded ``eligibility_frame``) with a ``reasons`` column worded
    as ``reasons="text"`` words it: the profiles they name are judged again, from
    ``profiles`` (the table the frame was made from, with a unique index), with the same
    release, day and ``jurisdiction``."""
    from .frames import eligibility_frame, require_pandas

    pandas = require_pandas()
    for name, frame in (("rows", rows), ("profiles", profiles)):
        if not isinstance(frame, pandas.DataFrame):
            raise TypeError(f"{name} must be a pandas DataFrame, not {type(frame).__name__}")
    missing = {"profile", "credential"} - set(rows.columns)
    if missing:
        raise ValueError(f"rows has no {', '.join(sorted(missing))} column: give rows of a frame")
    if not profiles.index.is_unique:
        raise ValueError("profiles has repeated index labels, so rows cannot name one each")
    labels = pandas.unique(rows["profile"])
    absent = [label for label in labels if label not in profiles.index]
    if absent:
        raise KeyError(f"profiles has no rows labelled {absent[:5]!r}")
    worded = eligibility_frame(
        profiles.loc[labels], catalog, on=on, jurisdiction=jurisdiction, reasons="text"
    )
    said = dict(
        zip(
            zip(worded["profile"], worded["credential"].astype(str), strict=True),
            worded["reasons"],
            strict=True,
        )
    )
    result = rows.copy()
    keys = zip(rows["profile"], rows["credential"].astype(str), strict=True)
    result["reasons"] = [said[key] for key in keys]
    return cast("pd.DataFrame", result)
