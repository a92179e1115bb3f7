"""A release as a Frictionless Data Package: one UTF-8 CSV a table, and a ``datapackage.json``
whose Table Schemas give each column's type, allowed values, primary and foreign keys.

Spreadsheets, R, SQL and JavaScript read the same facts the API gives, checked by the
``frictionless`` tool. Unknown is an empty cell and says why in its ``bound`` column; money is a
decimal string beside its currency, never a float. The same release always gives the same bytes,
zipped or not.
"""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from .relational import Cell, Field, Table, released_on, tables, value_text
from .release import Release

__all__ = ["DESCRIPTOR", "descriptor", "files", "write_datapackage"]

DESCRIPTOR = "datapackage.json"
_LICENSE = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
_PRIMARY = "Choosing between NSCA and NASM certifications (article, 2025)"


def files(release: Release) -> dict[str, bytes]:
    """Every file of the package, by name: ``datapackage.json`` first, then a CSV a table."""
    built = tables(release)
    found = {DESCRIPTOR: _dumps(descriptor(release, built)).encode("utf-8")}
    for table in built:
        found[f"{table.name}.csv"] = _csv(table).encode("utf-8")
    return found


def write_datapackage(release: Release, dest: str | os.PathLike[str], *, zip: bool) -> str:
    """Write the package into folder ``dest`` (made if missing), or as one zip file there when
    ``zip``; returns the path written. A zip is written whole or not at all."""
    from .files import write_bytes_atomically

    path = os.fspath(dest)
    built = files(release)
    if zip:
        write_bytes_atomically(path, zipped(built, _released(release)))
        return path
    if os.path.exists(path) and not os.path.isdir(path):
        raise NotADirectoryError(20, "a data package is a folder (or use a zip)", path)
    os.makedirs(path, exist_ok=True)
    for name, data in built.items():
        write_bytes_atomically(os.path.join(path, name), data)
    return path


def zipped(found: dict[str, bytes], day: date) -> bytes:
    """The files as one zip whose bytes depend only on them and ``day`` (every entry dated
    ``day``), so a release's zip has one checksum."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in found.items():
            entry = zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return out.getvalue()


def descriptor(release: Release, built: Sequence[Table] | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` of ``release``: what it is, its licence and sources, and the
    Table Schema of every resource."""
    built = tables(release) if built is None else built
    released = _released(release)
    return {
        "profile": "tabular-data-package",
        "name": "fitcerts",
        "title": "fitcerts: fitness and strength-and-conditioning credentials",
        "description": (
            "Credentials a trainer or coach weighs (NSCA, NASM, ACSM, ACE, UKSCA, CSEP and "
            "more): prices kept exact, lower-bound, approximate, included or not reported, "
            "prerequisites required or recommended, exams, pass rates and renewal, each fact "
            "with its sources. Data release "
            f"{release.version}."
        ),
        "version": release.version,
        "created": f"{released.isoformat()}T00:00:00Z",
        "keywords": ["certification", "fitness", "strength and conditioning", "credentials"],
        "licenses": [_LICENSE],
        "sources": [
            {"title": _PRIMARY},
            {"title": "the sources table: every page a fact is taken from, with its date"},
        ],
        "resources": [_resource(table) for table in built],
    }


def _released(release: Release) -> date:
    """The release day, or a fixed day for a release not bundled: the zip's entries need one."""
    return released_on(release) or date(2000, 1, 1)


def _resource(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(field) for field in table.fields],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(key.fields),
                "reference": {
                    # "" is the table itself (a condition inside an all-of group)
                    "resource": "" if key.table == table.name else key.table,
                    "fields": list(key.references),
                },
            }
            for key in table.foreign_keys
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.description,
        "schema": schema,
    }


def _field(field: Field) -> dict[str, Any]:
    found: dict[str, Any] = {
        "name": field.name,
        "type": field.type,
        "description": field.description,
    }
    if field.type == "boolean":
        found |= {"trueValues": ["true"], "falseValues": ["false"]}
    if field.type == "number":
        found["bareNumber"] = True
    if field.type == "array":
        found["description"] += " (a JSON array)"
    constraints: dict[str, Any] = {}
    if field.required:
        constraints["required"] = True
    if field.enum is not None:
        constraints["enum"] = list(field.enum)
    if constraints:
        found["constraints"] = constraints
    return found


def _csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([field.name for field in table.fields])
    for row in table.rows:
        writer.writerow([cell_text(cell) for cell in row])
    return out.getvalue()


def cell_text(cell: Cell) -> str:
    """A cell as the CSV and the database write it: empty for unknown, ``true``/``false``, a
    decimal without exponent, an ISO date, a JSON array."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, (Decimal, date, tuple)):
        return value_text(cell)
    return str(cell)


def _dumps(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
