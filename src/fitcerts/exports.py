"""The catalog as files other systems read: plain JSON, one CSV table, and CTDL JSON-LD.

Every export is deterministic (the same release gives the same bytes) and built only from the
standard library, so exporting never needs pandas or a network.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from typing import IO, Any, Literal

from .catalog import Catalog
from .ctdl import _condition_profile as _condition_profile  # importable here: tests check them
from .ctdl_costs import _COST_TYPES as _COST_TYPES
from .ctdl_costs import _cost as _cost
from .ctdl_readiness import RegistryReadiness
from .dataformat import TABLES, read_shared
from .errors import DataValidationError, UnknownValueError
from .files import write_atomically
from .loading import parse_json, structure_release
from .release import Release, load
from .validate import problems as problems_of

__all__ = [
    "FORMATS",
    "Format",
    "ctdl_graphs",
    "export",
    "from_json",
    "jsonld_context",
    "registry_readiness",
    "write_atomically",
]

# "jsonld" is the older name of "ctdl": the same document. "datapackage" and "sqlite" are
# files (a folder or zip, a database), written to a path and never returned as text.
Format = Literal["json", "csv", "ctdl", "jsonld", "datapackage", "sqlite"]
FORMATS: tuple[Format, ...] = ("json", "csv", "ctdl", "jsonld", "datapackage", "sqlite")
_FILE_FORMATS = ("datapackage", "sqlite")


def export(
    format: Format,
    dest: str | os.PathLike[str] | IO[str] | None = None,
    *,
    version: str | None = None,
) -> str:
    """The catalog (newest release, or ``version``) as ``"json"``, ``"csv"`` or ``"ctdl"``
    (``"jsonld"`` is the same): CTDL JSON-LD, one Registry graph per resource (see
    :mod:`fitcerts.ctdl`).

    Returns the text, and also writes it to ``dest`` (a path or an open text file) if given.
    A path is written whole or not at all: the text goes to a temporary file beside it, which
    then replaces it (a link there is replaced, never written through), so a failure such as a
    full disk leaves any previous file as it was.

    ``"datapackage"`` (a Frictionless Data Package: a CSV a table and ``datapackage.json``; see
    :mod:`fitcerts.datapackage`) and ``"sqlite"`` (the same tables as a SQLite database; see
    :mod:`fitcerts.database`) are files: ``dest`` is required, a path (a folder for the
    package, or a file ending in ``.zip`` for it zipped), and the path written is returned.
    """
    if format not in FORMATS:
        raise UnknownValueError("export format", format, FORMATS)
    if format in _FILE_FORMATS:
        return _export_file(format, dest, version)
    writable = dest is None or isinstance(dest, (str, os.PathLike)) or hasattr(dest, "write")
    if not writable:
        raise TypeError(f"dest must be a path or an open text file, not {type(dest).__name__}")
    release = load() if version is None else load(version)
    text = {"json": _json, "csv": _csv, "ctdl": _ctdl, "jsonld": _ctdl}[format](release)
    if isinstance(dest, (str, os.PathLike)):
        write_atomically(os.fspath(dest), text)
    elif dest is not None:
        dest.write(text)
    return text


def _export_file(format: str, dest: object, version: str | None) -> str:
    if not isinstance(dest, (str, os.PathLike)):
        raise TypeError(f"a {format} export is written to a path: give dest, not {dest!r}")
    path = os.fspath(dest)
    release = load() if version is None else load(version)
    if format == "sqlite":
        from .database import write_sqlite

        write_sqlite(release, str(path))
        return str(path)
    from .datapackage import write_datapackage

    return write_datapackage(release, path, zip=str(path).endswith(".zip"))


def _dumps(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- JSON ----------------------------------------------------------------------------------------


def _json(release: Release) -> str:
    records = release.catalog.records
    document: dict[str, Any] = {"data_version": release.version}
    for table in TABLES:
        document[table.name] = [record.to_dict() for record in getattr(records, table.name)]
    return _dumps(document)


def from_json(text: str) -> Release:
    """Read a JSON export back, as strictly as a data release is checked: every structural
    problem and every cross-record one (repeated ids, names shared by two credentials, dangling
    references) is a :class:`DataValidationError` listing them all."""
    if not isinstance(text, str):
        raise TypeError(f"from_json reads text, not {type(text).__name__}")
    problems: list[str] = []
    data = parse_json("export", text, problems)
    if problems:
        raise DataValidationError(problems)
    if not isinstance(data, dict) or not isinstance(data.get("data_version"), str):
        raise DataValidationError(["export $: not a fitcerts JSON export (no data_version)"])
    unknown = sorted(set(data) - {"data_version", *(table.name for table in TABLES)})
    if unknown:
        raise DataValidationError([f"export $: unknown key(s): {', '.join(unknown)}"])
    raw = {table.file: data.get(table.name) for table in TABLES}
    records = structure_release(raw, data["data_version"])
    found = problems_of(records)
    if found:
        raise DataValidationError(found)
    return Release(Catalog(records))


# --- CSV -----------------------------------------------------------------------------------------


def _csv(catalog: Release) -> str:
    from .table import COLUMNS, credential_rows

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    for row in credential_rows(catalog):
        writer.writerow([_cell(row[name]) for name, _ in COLUMNS])
    return out.getvalue()


def _cell(value: object) -> str:
    """Empty means unknown; lists are joined with ``;``; booleans are ``true``/``false``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ";".join(str(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- CTDL JSON-LD (built in ctdl.py) -------------------------------------------------------------


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context the CTDL export names by URL (``ctdl.CONTEXT_URL``), as fitcerts ships
    it in ``fitcerts/data`` so the export expands without a network: the prefixes and the term
    definitions the export uses."""
    text = read_shared("ctdl-context.jsonld").decode("utf-8")
    context: dict[str, Any] = json.loads(text)["@context"]
    return context


def _ctdl(release: Release) -> str:
    from .ctdl import bundle
    from .ctdl_nodes import NOTES_CONTEXT

    document = bundle(release)
    defined = {*jsonld_context(), *NOTES_CONTEXT}
    undefined = sorted({name.split(":")[0] for name in _compact_iris(document)} - defined)
    if undefined:  # the shipped context must expand everything the export writes
        raise AssertionError(f"prefixes missing from ctdl-context.jsonld: {undefined}")
    return _dumps(document)


def _compact_iris(value: Any) -> list[str]:
    """The compact IRIs (``ceterms:name``) ``value`` uses as terms, types and concepts."""
    if isinstance(value, list):
        return [name for item in value for name in _compact_iris(item)]
    if not isinstance(value, dict):
        return []
    found = [key for key in value if ":" in key and not key.startswith("@")]
    for key in ("@type", "ceterms:targetNode"):
        if isinstance(value.get(key), str):
            found.append(value[key])
    found += list(value.get("ceterms:creditUnitType", []))
    inner = [item for key, item in value.items() if key != "@context"]
    return found + [name for item in inner for name in _compact_iris(item)]


def ctdl_graphs(version: str | None = None) -> tuple[dict[str, Any], ...]:
    """Each Registry graph of the release (newest, or ``version``) on its own, ready to publish:
    one per credential, organization, exam and cost manifest, holding only CTDL."""
    from .ctdl import graphs

    return graphs(load() if version is None else load(version))


def registry_readiness(version: str | None = None) -> RegistryReadiness:
    """For each resource of the release, the properties the Credential Registry requires that
    the data cannot supply, and why (what the data does not know)."""
    from .ctdl_readiness import registry_readiness as readiness

    return readiness(load() if version is None else load(version))
