"""The JSON Schemas (draft 2020-12) of the data files and of the JSON export, from the record types.

The data files' schema ships as ``data/schema.json`` so that contributors and tools in any
language can check a release without fitcerts; a test keeps the file equal to what this module
derives. Regenerate it with ``python -m fitcerts.schema > src/fitcerts/data/schema.json``.
The export's schema wraps the same ``$defs``, so the two can never describe a record differently.
"""

from __future__ import annotations

import enum
import json
import sys
import types
import typing
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

import attrs

from .dataformat import DATE_PATTERN, DECIMAL_PATTERN, DURATION_PATTERN, TABLES, read_shared
from .errors import UnknownValueError

__all__ = ["SCHEMA_FILE", "SCHEMA_KINDS", "SchemaKind", "derive_schema", "json_schema"]

SCHEMA_FILE = "schema.json"

SchemaKind = Literal["data", "export"]
SCHEMA_KINDS: tuple[SchemaKind, ...] = ("data", "export")

# Records that later tables refer to by id rather than contain.
_REFERENCED: dict[Any, str] = {table.record: f"an id from {table.file}" for table in TABLES[:-1]}
_FILES = {table.file: table.record for table in TABLES}


def json_schema(kind: SchemaKind = "data") -> dict[str, Any]:
    """The JSON Schema of the data files (``"data"``) or of the JSON export (``"export"``).

    Either way ``$defs`` holds one schema per file and record type; a fresh copy each call.
    Raises :class:`~fitcerts.errors.UnknownValueError` (a ``ValueError``) for another ``kind``.
    """
    if kind not in SCHEMA_KINDS:
        raise UnknownValueError("schema kind", kind, SCHEMA_KINDS)
    loaded: dict[str, Any] = json.loads(read_shared(SCHEMA_FILE))
    return loaded if kind == "data" else _export_schema(loaded)


def _export_schema(data: dict[str, Any]) -> dict[str, Any]:
    """The document ``export("json")`` writes: the data version, then each file's records."""
    tables = {table.name: {"$ref": f"#/$defs/{table.file}"} for table in TABLES}
    return {
        "$schema": data["$schema"],
        "title": "fitcerts JSON export",
        "description": (
            "The document fitcerts.export('json') writes: data_version names the data release, "
            "and each other key holds the records of one of its files, written as that file "
            "writes them (a field holding its default is left out)."
        ),
        "type": "object",
        "properties": {
            "data_version": {
                "type": "string",
                "description": "the data release the records come from, e.g. 2026.3",
            },
            **tables,
        },
        "required": ["data_version", *tables],
        "additionalProperties": False,
        "$defs": data["$defs"],
    }


def derive_schema() -> dict[str, Any]:
    """Build the schema from the attrs record types."""
    definitions: dict[str, Any] = {}
    files = {}
    for name, cls in _FILES.items():
        _define(cls, definitions)
        files[name] = {"type": "array", "items": {"$ref": f"#/$defs/{cls.__name__}"}}
    definitions.update(files)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "fitcerts data release",
        "description": (
            "A fitcerts data release: a folder holding sources.json, organizations.json and "
            "credentials.json. Validate one file against $defs/<file>, e.g. "
            '{"$ref": "#/$defs/credentials.json"}.'
        ),
        "type": "object",
        "properties": {name: {"$ref": f"#/$defs/{name}"} for name in files},
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }


def _define(cls: type, definitions: dict[str, Any]) -> None:
    if cls.__name__ in definitions:
        return
    definitions[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        properties[field.name] = _schema(hints[field.name], definitions, top=cls)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    definitions[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().splitlines()[0] if cls.__doc__ else "",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _schema(hint: Any, definitions: dict[str, Any], top: type) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        inner = (
            _schema(options[0], definitions, top)
            if len(options) == 1
            else {"anyOf": [_schema(arg, definitions, top) for arg in options]}
        )
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        return {"type": "array", "items": _schema(item, definitions, top)}
    if hint in _REFERENCED and hint is not top:
        return {"type": "string", "description": _REFERENCED[hint]}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [member.value for member in hint]}
    if isinstance(hint, type) and attrs.has(hint):
        _define(hint, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    simple = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        int: {"type": "integer"},
        Decimal: {"type": "string", "pattern": f"^{DECIMAL_PATTERN}$"},
        date: {"type": "string", "pattern": f"^{DATE_PATTERN}$", "format": "date"},
        timedelta: {"type": "string", "pattern": f"^{DURATION_PATTERN}$"},
    }
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no JSON Schema for {hint!r} in {top.__name__}")  # pragma: no cover


def main() -> int:
    sys.stdout.write(json.dumps(derive_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
